package com.refundpilot.platform.domain.wechat;

import java.util.List;

/**
 * The 纠纷单 of an after-sale (getcomplaintorder): its status number, every medium of its history (the merchant's
 * proofs among them), and the proof deadline (epoch seconds; a sandbox field, 0 when absent).
 */
public record WechatDispute(String complaintId, int status, List<String> historyMedia, long proofDeadline) {

    public WechatDispute {
        historyMedia = historyMedia == null ? List.of() : List.copyOf(historyMedia);
    }
}
