package com.refundpilot.platform.domain.taobao;

/**
 * A complaint as {@code taobao.rp.complaint.get} (a sandbox method) shows it, strings from the wire.
 * {@code promisedShipTime}/{@code consignTime}: the order's promised and actual ship times (CP-1), null when the
 * platform does not know them; {@code csStatus} 1 no staff, 3 intervened, 6 decided ({@code verdict} MERCHANT |
 * BUYER); {@code sellerAnswer} ACCEPT | REJECT once the merchant answered; {@code payment} what the buyer paid for
 * the order (yuan), null when not shown.
 */
public record TaobaoComplaint(String complaintId, String tid, String sellerNick, String type, String created,
        String timeout, String status, String modified, String promisedShipTime, String consignTime, int csStatus,
        String csEvidenceTimeout, String verdict, String sellerAnswer, String payment) {

    /** The fields of the first protocol version. */
    public TaobaoComplaint(String complaintId, String tid, String sellerNick, String type, String created,
            String timeout) {
        this(complaintId, tid, sellerNick, type, created, timeout, "WAIT_SELLER_HANDLE", null, null, null, 1, null,
                null, null, null);
    }

    public boolean awaitsAnswer() {
        return "WAIT_SELLER_HANDLE".equals(status);
    }
}
