package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.Map;

/** One decision the platform carried out on a refund (the oracle's record). */
public record RefundAction(String action, Instant at, long amountFen, Map<String, String> params) {

    public static final String AGREE_REFUND = "AGREE_REFUND";
    public static final String AGREE_PARTIAL_REFUND = "AGREE_PARTIAL_REFUND";
    public static final String AUTO_REFUND = "AUTO_REFUND";
    public static final String REFUSE = "REFUSE";
    public static final String NEGOTIATE = "NEGOTIATE";
    /** The platform paid the buyer after deciding a dispute for them. */
    public static final String PLATFORM_REFUND = "PLATFORM_REFUND";
    /** The platform closed the refund after deciding a dispute for the merchant. */
    public static final String PLATFORM_CLOSE = "PLATFORM_CLOSE";
    public static final String AGREE_RETURN = "AGREE_RETURN";
    public static final String EXCHANGE_SHIPPED = "EXCHANGE_SHIPPED";
    public static final String EXTEND_RECEIPT = "EXTEND_RECEIPT";
    public static final String UPLOAD_EVIDENCE = "UPLOAD_EVIDENCE";
    /** The merchant reported the shipment of a refund-only request cancelled (取消发货, ADR 0011). */
    public static final String REPORT_SHIPMENT_CANCELLED = "REPORT_SHIPMENT_CANCELLED";
    /** The platform closed a return request the buyer never shipped within the buyer's deadline. */
    public static final String AUTO_CLOSE = "AUTO_CLOSE";
    public static final String ACCEPT_COMPLAINT = "ACCEPT_COMPLAINT";
    public static final String REJECT_COMPLAINT = "REJECT_COMPLAINT";
    /** Money the merchant pays the buyer on an accepted complaint. */
    public static final String COMPENSATE = "COMPENSATE";
    /** Platform staff decided a complaint. */
    public static final String PLATFORM_VERDICT = "PLATFORM_VERDICT";

    static RefundAction evidenceUploaded(EvidenceUpload upload) {
        return new RefundAction(UPLOAD_EVIDENCE, upload.at(), 0, Map.of("evidence", upload.wire(),
                "note", upload.note(), "evidenceId", Long.toString(upload.id()),
                "count", Integer.toString(upload.evidence().size())));
    }
}
