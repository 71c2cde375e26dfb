package com.refundpilot.platform.domain.taobao;

/** A complaint as {@code taobao.rp.complaint.get} (a sandbox method) shows it. */
public record TaobaoComplaint(String complaintId, String tid, String sellerNick, String type, String created,
        String timeout) {
}
