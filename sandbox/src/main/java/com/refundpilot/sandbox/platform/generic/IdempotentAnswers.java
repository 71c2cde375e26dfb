package com.refundpilot.sandbox.platform.generic;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Per after-sale (or complaint), the answer each {@code idempotencyKey} got: a repeat answers the first call's
 * result and changes nothing. Only answers that took effect are kept — a refused call changed nothing, so its
 * repeat is decided afresh (a merchant that re-reads after VERSION_CONFLICT may reuse its natural action key).
 */
@Component
class IdempotentAnswers {

    private final Map<String, Map<String, Map<String, Object>>> bySubject = new ConcurrentHashMap<>();

    /**
     * The answer remembered for the key, else {@code action}'s (remembered when it returns; a refusal throws).
     * One subject's calls run one at a time here, so two concurrent repeats cannot both take effect.
     */
    Map<String, Object> once(String subject, String key, Supplier<Map<String, Object>> action) {
        Map<String, Map<String, Object>> answers = bySubject.computeIfAbsent(subject, s -> new HashMap<>());
        synchronized (answers) {
            Map<String, Object> first = answers.get(key);
            if (first != null) {
                return first;
            }
            Map<String, Object> answer = action.get();
            answers.put(key, answer);
            return answer;
        }
    }
}
