package com.refundpilot.sandbox.platform.taobao;

import java.util.ArrayList;
import java.util.List;

/**
 * The merchant actions this platform offers on the sandbox (the scenario vocabulary's platformActions, plus the
 * buyer chat and the exchange's shipment), and which of them only the sandbox's assumed calls carry out (no public
 * call of the real platform was found: docs/platform-wire-formats/). platform-adapter declares the public ones in
 * its configuration and is given the assumed ones by whatever runs it against the sandbox (the launcher); contract
 * tests compare them.
 */
public record TaobaoCapabilities(String platform, List<String> actions, List<String> assumed) {

    /** The TOP methods' actions: Tmall offers the same, over the same wire; the generic protocol too. */
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
    private static final List<String> WECHAT_PUBLIC = List.of("AGREE_REFUND", "AGREE_PARTIAL_REFUND", "REFUSE",
            "NEGOTIATE", "AGREE_RETURN", "UPLOAD_EVIDENCE", "EXCHANGE_SHIPPED");
    /**
     * WeChat's assumed calls: the buyer chat (sendmessage) and order complaints (ordercomplaint/answer). Its assumed
     * extendreceipttime is not offered: the back office's 延长收货时间 has no API, and offering it would fake one.
     */
    private static final List<String> WECHAT_ASSUMED = List.of("SEND_BUYER_MESSAGE", "ACCEPT_COMPLAINT",
            "REJECT_COMPLAINT", "COMPENSATE");
    /** Douyin's public open-platform calls: afterSale/operate, timeExtend, submitEvidence, CancelSendGoodsSuccess. */
    private static final List<String> DOUYIN_PUBLIC = List.of("AGREE_REFUND", "REFUSE", "AGREE_RETURN",
            "EXTEND_RECEIPT", "UPLOAD_EVIDENCE", "EXCHANGE_SHIPPED", "REPORT_SHIPMENT_CANCELLED");
    /** Douyin's assumed calls: afterSale/negotiate, afterSale/messageAdd, complaint/answer. */
    private static final List<String> DOUYIN_ASSUMED = List.of("NEGOTIATE", "SEND_BUYER_MESSAGE",
            "ACCEPT_COMPLAINT", "REJECT_COMPLAINT", "COMPENSATE");
    /**
     * JD's (docs/platform-wire-formats/jd.md §4) without a public JOS method: back-office features (evidence,
     * complaint answers, compensation) and what is not confirmed on JD at all (协商 beyond 待客户反馈, partial refunds,
     * extending the receipt). JD offers all twelve on the sandbox.
     */
    private static final List<String> JD_ASSUMED = List.of("AGREE_PARTIAL_REFUND", "NEGOTIATE", "EXTEND_RECEIPT",
            "UPLOAD_EVIDENCE", "COMPENSATE", "ACCEPT_COMPLAINT", "REJECT_COMPLAINT");

    public static TaobaoCapabilities of(SandboxPlatform platform) {
        return switch (platform) {
            case PINDUODUO -> new TaobaoCapabilities(platform.name(), PDD_ACTIONS, List.of());
            case WECHAT_CHANNELS -> new TaobaoCapabilities(platform.name(), both(WECHAT_PUBLIC, WECHAT_ASSUMED),
                    WECHAT_ASSUMED);
            case DOUYIN -> new TaobaoCapabilities(platform.name(), both(DOUYIN_PUBLIC, DOUYIN_ASSUMED), DOUYIN_ASSUMED);
            case JD -> new TaobaoCapabilities(platform.name(), JD_ACTIONS, JD_ASSUMED);
            default -> new TaobaoCapabilities(platform.name(), TOP_ACTIONS, List.of());
        };
    }

    private static List<String> both(List<String> publicActions, List<String> assumedActions) {
        List<String> all = new ArrayList<>(publicActions);
        all.addAll(assumedActions);
        return List.copyOf(all);
    }
}
