package com.refundpilot.sandbox.platform.taobao;

import java.util.List;

/**
 * The merchant actions this platform's open API offers (the scenario vocabulary's platformActions, plus the
 * buyer chat). platform-adapter declares the same list in its configuration; a contract test compares them.
 */
public record TaobaoCapabilities(String platform, List<String> actions) {

    /** The TOP methods' actions: Tmall offers the same, over the same wire (the generic protocol too). */
    private static final List<String> TOP_ACTIONS = List.of("AGREE_REFUND", "AGREE_PARTIAL_REFUND", "REFUSE",
            "NEGOTIATE", "SEND_BUYER_MESSAGE", "AGREE_RETURN", "EXTEND_RECEIPT", "UPLOAD_EVIDENCE", "COMPENSATE",
            "ACCEPT_COMPLAINT", "REJECT_COMPLAINT", "EXCHANGE_SHIPPED", "REPORT_SHIPMENT_CANCELLED");
    /** JD's (jd.md §4): as TOP's, but JD has no call to report a cancelled shipment (ADR 0011). */
    private static final List<String> JD_ACTIONS = List.of("AGREE_REFUND", "AGREE_PARTIAL_REFUND", "REFUSE",
            "NEGOTIATE", "SEND_BUYER_MESSAGE", "AGREE_RETURN", "EXTEND_RECEIPT", "UPLOAD_EVIDENCE", "COMPENSATE",
            "ACCEPT_COMPLAINT", "REJECT_COMPLAINT", "EXCHANGE_SHIPPED");

    /**
     * Pinduoduo's (docs/platform-wire-formats/pdd.md §5): its agree carries no amount (no AGREE_PARTIAL_REFUND)
     * and no merchant receipt extension is known (no EXTEND_RECEIPT).
     */
    private static final List<String> PDD_ACTIONS = List.of("AGREE_REFUND", "REFUSE", "NEGOTIATE",
            "SEND_BUYER_MESSAGE", "AGREE_RETURN", "UPLOAD_EVIDENCE", "COMPENSATE", "ACCEPT_COMPLAINT",
            "REJECT_COMPLAINT", "EXCHANGE_SHIPPED", "REPORT_SHIPMENT_CANCELLED");
    /** WeChat's public API (docs/platform-wire-formats/wechat.md §7): no extension, buyer chat or complaint answer. */
    private static final List<String> WECHAT_ACTIONS = List.of("AGREE_REFUND", "AGREE_PARTIAL_REFUND", "REFUSE",
            "NEGOTIATE", "AGREE_RETURN", "UPLOAD_EVIDENCE", "EXCHANGE_SHIPPED");

    static TaobaoCapabilities of(SandboxPlatform platform) {
        return new TaobaoCapabilities(platform.name(), switch (platform) {
            case PINDUODUO -> PDD_ACTIONS;
            case WECHAT_CHANNELS -> WECHAT_ACTIONS;
            case JD -> JD_ACTIONS;
            default -> TOP_ACTIONS;
        });
    }
}
