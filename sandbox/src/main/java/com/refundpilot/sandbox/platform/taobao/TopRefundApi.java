package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The TOP refund methods of the NS flow (read, agree, chat); {@code shopId} is the caller's session. */
@Service
public class TopRefundApi {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoMetrics metrics;
    private final Clock clock;

    public TopRefundApi(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoMetrics metrics, Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** taobao.refund.get */
    public Map<String, Object> getRefund(String shopId, Map<String, String> params) {
        String refundId = required(params, "refund_id");
        TaobaoRefund refund = refunds.findForShop(refundId, shopId)
                .orElseThrow(() -> TopApiException.refundNotFound(refundId));
        return Map.of("refund_get_response", Map.of("refund", TopRefundObject.of(refund.snapshot())));
    }

    /** taobao.rp.refunds.agree: each entry succeeds or fails on its own, as in a Taobao batch. */
    public Map<String, Object> agree(String shopId, Map<String, String> params) {
        List<AgreeRequest> requests = parseRefundInfos(required(params, "refund_infos"));
        List<Map<String, Object>> results = new ArrayList<>();
        for (AgreeRequest request : requests) {
            results.add(toWire(agreeOne(shopId, request)));
        }
        return Map.of("rp_refunds_agree_response", Map.of("results", results));
    }

    /** taobao.refund.message.add: the merchant writes to the buyer on the refund. */
    public Map<String, Object> addMessage(String shopId, Map<String, String> params) {
        String refundId = required(params, "refund_id");
        String content = required(params, "content");
        TaobaoRefund refund = refunds.findForShop(refundId, shopId)
                .orElseThrow(() -> TopApiException.refundNotFound(refundId));
        BuyerMessage message = refund.addMessage(refunds.nextMessageId(), content, clock.instant());
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", message.id());
        wire.put("created", TaobaoWire.time(message.at()));
        return Map.of("refund_message_add_response", Map.of("refund_message", wire));
    }

    /** taobao.refund.messages.get: the refund's whole chat, the buyer's and the merchant's messages. */
    public Map<String, Object> messages(String shopId, Map<String, String> params) {
        String refundId = required(params, "refund_id");
        RefundSnapshot refund = refunds.findForShop(refundId, shopId)
                .orElseThrow(() -> TopApiException.refundNotFound(refundId)).snapshot();
        List<Map<String, Object>> wire = refund.chat().stream().map(m -> chatToWire(m, refund)).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total_results", wire.size());
        answer.put("refund_messages", wire);
        return Map.of("refund_messages_get_response", answer);
    }

    private static Map<String, Object> chatToWire(ChatMessage message, RefundSnapshot refund) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", message.id());
        wire.put("refund_id", refund.terms().refundId());
        wire.put("owner_role", message.role().wire());
        wire.put("owner_nick", message.role() == ChatMessage.Role.BUYER ? refund.terms().buyerNick()
                : refund.terms().shopId());
        wire.put("content", message.content());
        wire.put("pic_urls", message.picUrls().stream().map(url -> Map.of("url", url)).toList());
        wire.put("message_type", message.type());
        wire.put("refund_phase", refund.terms().phase());
        wire.put("created", TaobaoWire.time(message.created()));
        return wire;
    }

    private CallResult agreeOne(String shopId, AgreeRequest request) {
        TaobaoRefund refund = refunds.findForShop(request.refundId(), shopId).orElse(null);
        // Counted for the refund's platform (Tmall's refunds are agreed over TOP too); an unknown one for Taobao's
        metrics.agreeCalled(refund == null ? SandboxPlatform.TAOBAO : refund.platform());
        if (refund == null) {
            return CallResult.refused(request.refundId(), "isv.refund-not-exist", "refund does not exist");
        }
        CallResult result = refund.agree(request, clock.instant());
        if (result.succ()) {
            pusher.create(TmcMessage.REFUND_SUCCESS, refund.snapshot()).deliverLater();
        }
        return result;
    }

    private static Map<String, Object> toWire(CallResult result) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("refund_id", result.refundId());
        wire.put("succ", result.succ());
        wire.put("message", result.message());
        if (result.subCode() != null) {
            wire.put("sub_code", result.subCode());
        }
        return wire;
    }

    /** {@code refund_id|amount_fen|version|phase}, comma-separated for a batch. */
    static List<AgreeRequest> parseRefundInfos(String text) {
        List<AgreeRequest> requests = new ArrayList<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split("\\|", -1);
            if (parts.length != 4 || parts[0].isBlank()) {
                throw TopApiException.invalidParameter("refund_infos",
                        "expected refund_id|amount_fen|version|phase, got '" + entry + "'");
            }
            requests.add(new AgreeRequest(parts[0], parseLong(parts[1], "amount_fen"),
                    parseLong(parts[2], "version"), parts[3]));
        }
        return requests;
    }

    private static long parseLong(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw TopApiException.invalidParameter("refund_infos", what + " is not a number: '" + text + "'");
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw TopApiException.missingParameter(name);
        }
        return value;
    }
}
