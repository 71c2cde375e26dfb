package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The merchant's answers short of agreeing: refuse with evidence ({@code taobao.refund.refuse}), negotiate
 * ({@code taobao.rp.refund.negotiate}, a sandbox name) and read the negotiations back
 * ({@code taobao.rp.refund.negotiation.get}, also a sandbox name). A decision the refund's state refuses is a
 * {@code succ:false} answer with a {@code sub_code}; only malformed requests are {@code error_response}s.
 */
@Service
public class TopDisputeApi {

    private final TaobaoRefunds refunds;
    private final Clock clock;

    public TopDisputeApi(TaobaoRefunds refunds, Clock clock) {
        this.refunds = refunds;
        this.clock = clock;
    }

    /** taobao.refund.refuse */
    public Map<String, Object> refuse(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        String reason = TopParams.required(params, "refuse_reason");
        long version = TopParams.requiredLong(params, "refund_version");
        List<String> proof = params.get("refuse_proof") == null ? List.of()
                : Arrays.stream(params.get("refuse_proof").split(",")).map(String::trim).filter(p -> !p.isEmpty())
                        .toList();
        RefuseRequest request = new RefuseRequest(refundId, reason, TopParams.optional(params, "refuse_reason_code"),
                proof, version);
        CallResult result = refunds.findForShop(refundId, shopId)
                .map(refund -> refund.refuse(request, clock.instant()))
                .orElseGet(() -> notFound(refundId));
        return Map.of("refund_refuse_response", answer(result, refundId, Map.of()));
    }

    /** taobao.rp.refund.negotiate: the proposal waits for the buyer; the deadline keeps running. */
    public Map<String, Object> negotiate(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        NegotiationKind kind = TopParams.requiredEnum(params, "negotiate_type", NegotiationKind.class);
        String message = TopParams.required(params, "message");
        long version = TopParams.requiredLong(params, "refund_version");
        Long amountFen = kind == NegotiationKind.PARTIAL_REFUND ? TopParams.requiredYuan(params, "refund_fee") : null;
        NegotiateRequest request = new NegotiateRequest(refundId, kind, amountFen, message, version);
        long negotiationId = refunds.nextNegotiationId();
        CallResult result = refunds.findForShop(refundId, shopId)
                .map(refund -> refund.negotiate(request, negotiationId, refunds.nextMessageId(), clock.instant()))
                .orElseGet(() -> notFound(refundId));
        Map<String, Object> extra = result.succ() ? Map.of("negotiation_id", negotiationId) : Map.of();
        return Map.of("rp_refund_negotiate_response", answer(result, refundId, extra));
    }

    /** taobao.rp.refund.negotiation.get: every negotiation of the refund, oldest first. */
    public Map<String, Object> negotiations(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        TaobaoRefund refund = refunds.findForShop(refundId, shopId)
                .orElseThrow(() -> TopApiException.refundNotFound(refundId));
        List<Map<String, Object>> wire = refund.snapshot().negotiations().stream().map(TopDisputeApi::toWire).toList();
        return Map.of("rp_refund_negotiation_get_response", Map.of("refund_id", refundId, "negotiations", wire));
    }

    private static Map<String, Object> toWire(Negotiation negotiation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("negotiation_id", negotiation.id());
        out.put("negotiate_type", negotiation.kind().name());
        if (negotiation.amountFen() != null) {
            out.put("refund_fee", TaobaoWire.yuan(negotiation.amountFen()));
        }
        out.put("message", negotiation.message());
        out.put("refund_version", negotiation.refundVersion());
        out.put("status", negotiation.state().name());
        out.put("created", TaobaoWire.time(negotiation.proposed()));
        if (negotiation.answered() != null) {
            out.put("answered", TaobaoWire.time(negotiation.answered()));
        }
        if (negotiation.acceptedFen() != null) {
            out.put("accepted_fee", TaobaoWire.yuan(negotiation.acceptedFen()));
        }
        return out;
    }

    private static CallResult notFound(String refundId) {
        return CallResult.refused(refundId, "isv.refund-not-exist", "refund does not exist");
    }

    private static Map<String, Object> answer(CallResult result, String refundId, Map<String, Object> extra) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("refund_id", refundId);
        wire.put("succ", result.succ());
        wire.put("message", result.message());
        if (result.subCode() != null) {
            wire.put("sub_code", result.subCode());
        }
        wire.putAll(extra);
        return wire;
    }
}
