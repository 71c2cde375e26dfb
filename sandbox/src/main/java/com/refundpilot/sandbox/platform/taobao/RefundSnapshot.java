package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A consistent copy of one refund, taken under its lock, from which every view is built. */
public record RefundSnapshot(
        RefundTerms terms,
        long originalAmountFen,
        RefundStatus status,
        long version,
        Instant deadline,
        Instant modified,
        boolean autoRefunded,
        long refundedFen,
        ReturnShipment returnShipment,
        Intervention intervention,
        ReturnAgreement returnAgreement,
        boolean receiptExtended,
        List<EvidenceUpload> evidence,
        List<Negotiation> negotiations,
        List<ChatMessage> chat,
        List<RefundAction> actions,
        List<BuyerMessage> buyerMessages,
        List<WebhookDelivery> webhooks,
        SandboxPlatform platform) {

    /** The merchant's deadline binds (and the platform auto-refunds at it) only while this holds. */
    public boolean waitingOnMerchant() {
        return status.waitsOnMerchant() && (intervention == null || intervention.verdict() != null);
    }

    /** The newest negotiation, pending or answered. */
    public Optional<Negotiation> latestNegotiation() {
        return negotiations.isEmpty() ? Optional.empty() : Optional.of(negotiations.get(negotiations.size() - 1));
    }
}
