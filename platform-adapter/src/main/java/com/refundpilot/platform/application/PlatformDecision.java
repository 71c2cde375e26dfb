package com.refundpilot.platform.application;

import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.adapter.out.taobao.DecisionOutcome;
import java.util.Optional;

/**
 * One merchant decision to carry out on the platform: how to send it, how to tell from a re-read whether it
 * took, and how to report it. {@link PlatformActionService} runs every decision the same way.
 */
interface PlatformDecision {

    String actionKey();

    PlatformAction action();

    String refundId();

    /** Why the decision must not be sent at all (e.g. an amount out of range), checked before any call. */
    Optional<String> invalidBecause();

    DecisionOutcome send();

    /** Re-reads the platform: is this decision in effect? (May throw when the platform is unreachable.) */
    boolean tookEffect();

    /** The platform's refusal that means "done already" (then re-read to be sure), or null. */
    String alreadyDoneCode();

    Message succeeded();

    Message rejected(String code, String reason);
}
