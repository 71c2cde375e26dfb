package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** The merchant's answer to a complaint (taobao.rp.complaint.answer): accepted with a compensation, or rejected. */
public record ComplaintAnswer(Kind answer, long compensationFen, EvidenceUpload evidence, String note, Instant at) {

    public enum Kind { ACCEPT, REJECT }
}
