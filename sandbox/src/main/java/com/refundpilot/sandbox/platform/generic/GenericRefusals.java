package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.ComplaintStatus;
import com.refundpilot.sandbox.platform.taobao.RefundStatus;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The model's refusals (Taobao sub codes) as the generic API's status and code: the done-already answers and
 * version conflicts by name, range errors as the field they are about, every other state refusal NOT_ALLOWED.
 */
final class GenericRefusals {

    private GenericRefusals() {
    }

    static GenericApiException of(CallResult refused) {
        String message = inGenericWords(refused.message()) + " (" + refused.subCode() + ")";
        return switch (refused.subCode()) {
            case "isv.refund-already-success" -> GenericApiException.conflict("ALREADY_REFUNDED", message);
            case "isv.refund-already-refused" -> GenericApiException.conflict("ALREADY_REFUSED", message);
            case "isv.complaint-already-answered" -> GenericApiException.conflict("ALREADY_ANSWERED", message);
            case "isv.refund-version-mismatch" -> GenericApiException.conflict("VERSION_CONFLICT", message);
            case "isv.shipment-cancel-reported" -> GenericApiException.conflict("ALREADY_REPORTED", message);
            case "isv.refund-amount-invalid" -> GenericApiException.invalidField(
                    refused.message().startsWith("refund fee") ? "refundFen" : "amountFen", message);
            case "isv.refuse-proof-required" -> GenericApiException.invalidField("proofs", message);
            case "isv.refund-not-exist" -> GenericApiException.notFound("after-sale", refused.refundId());
            case "isv.complaint-not-exist" -> GenericApiException.notFound("complaint", refused.refundId());
            default -> GenericApiException.conflict("NOT_ALLOWED", message);
        };
    }

    /** The model's messages name Taobao's statuses; the merchant knows the generic ones. Longest names first. */
    private static String inGenericWords(String message) {
        String text = message;
        for (RefundStatus status : byLongestName(RefundStatus.values())) {
            text = text.replace(status.name(), GenericStatuses.afterSale(status));
        }
        for (ComplaintStatus status : byLongestName(ComplaintStatus.values())) {
            text = text.replace(status.name(), GenericStatuses.complaint(status));
        }
        return text;
    }

    private static <E extends Enum<E>> E[] byLongestName(E[] values) {
        E[] sorted = values.clone();
        Arrays.sort(sorted, Comparator.comparingInt((E e) -> e.name().length()).reversed());
        return sorted;
    }
}
