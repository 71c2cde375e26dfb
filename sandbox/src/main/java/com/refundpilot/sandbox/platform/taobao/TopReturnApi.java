package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The return stage: the merchant agrees to take the goods back ({@code taobao.rp.returngoods.agree}) and extends
 * the time to confirm their receipt ({@code taobao.rp.returngoods.extend}, a sandbox name). A decision the refund's
 * state refuses is {@code succ:false} with a {@code sub_code}; malformed requests are {@code error_response}s.
 */
@Service
public class TopReturnApi {

    private final TaobaoRefunds refunds;
    private final PlatformPusher pusher;
    private final TaobaoProperties properties;
    private final Clock clock;

    public TopReturnApi(TaobaoRefunds refunds, PlatformPusher pusher, TaobaoProperties properties, Clock clock) {
        this.refunds = refunds;
        this.pusher = pusher;
        this.properties = properties;
        this.clock = clock;
    }

    /** taobao.rp.returngoods.agree: the buyer's turn to ship the goods to the given address. */
    public Map<String, Object> agree(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        long version = TopParams.requiredLong(params, "refund_version");
        String province = TopParams.required(params, "province").trim();
        String city = TopParams.required(params, "city").trim();
        String address = TopParams.optional(params, "address");
        boolean sellerPays = booleanParam(params, "seller_pays_postage");
        Instant now = clock.instant();
        ReturnAgreement agreement = new ReturnAgreement(province, city, address == null ? "" : address, sellerPays,
                version, now);
        CallResult result = refunds.findForShop(refundId, shopId)
                .map(refund -> refund.agreeReturn(agreement, now.plus(properties.buyerReturnDeadline()), now))
                .orElseGet(() -> notFound(refundId));
        return Map.of("rp_returngoods_agree_response", TopDecisionWire.of("refund_id", result, Map.of()));
    }

    /** taobao.exchange.consigngoods: the exchange's replacement is shipped; the request ends without a refund. */
    public Map<String, Object> consignExchange(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        long version = TopParams.requiredLong(params, "refund_version");
        String trackingNo = TopParams.required(params, "logistics_no").trim();
        String carrier = TopParams.optional(params, "logistics_company");
        CallResult result = refunds.findForShop(refundId, shopId)
                .map(refund -> refund.consignExchange(carrier, trackingNo, version, clock.instant()))
                .orElseGet(() -> notFound(refundId));
        return Map.of("exchange_consigngoods_response", TopDecisionWire.of("refund_id", result, Map.of()));
    }

    /** taobao.rp.returngoods.extend: once, while the return waits for receipt; pushes RefundTimeoutChanged. */
    public Map<String, Object> extend(String shopId, Map<String, String> params) {
        String refundId = TopParams.required(params, "refund_id");
        long version = TopParams.requiredLong(params, "refund_version");
        Duration extension = extensionOf(params);
        TaobaoRefund refund = refunds.findForShop(refundId, shopId).orElse(null);
        if (refund == null) {
            return Map.of("rp_returngoods_extend_response", TopDecisionWire.of("refund_id", notFound(refundId),
                    Map.of()));
        }
        CallResult result = refund.extendReceipt(extension, version, clock.instant());
        RefundSnapshot after = refund.snapshot();
        if (result.succ()) {
            pusher.create(TmcMessage.TIMEOUT_CHANGED, after).deliverLater();
        }
        return Map.of("rp_returngoods_extend_response", TopDecisionWire.of("refund_id", result,
                Map.of("timeout", TaobaoWire.time(after.deadline()))));
    }

    /**
     * taobao.rdc.aligenius.sendgoods.cancel (AliGenius 取消发货): {@code param} is a JSON object (refund_id, tid, status
     * SUCCESS or FAIL, refund_fee in fen, operate_time, msg, oid); the answer is {@code result{success, error_code,
     * error_info}}. Only SUCCESS is played: a FAIL is recorded as refused {@code isv.status-not-played}.
     */
    public Map<String, Object> cancelSendGoods(String shopId, Map<String, String> params) {
        TopParams.CancelGoods report = TopParams.cancelGoods(params);
        CallResult result;
        if (!"SUCCESS".equals(report.status())) {
            result = CallResult.refused(report.refundId(), "isv.status-not-played",
                    "the sandbox plays only status SUCCESS, was " + report.status());
        } else {
            result = refunds.findForShop(report.refundId(), shopId)
                    .map(refund -> refund.reportShipmentCancelled(report.refundFen(), report.operateTime(),
                            clock.instant()))
                    .orElseGet(() -> notFound(report.refundId()));
        }
        Map<String, Object> wire = new java.util.LinkedHashMap<>();
        wire.put("success", result.succ());
        if (result.succ()) {
            wire.put("result_data", Map.of("refund_id", report.refundId()));
        } else {
            wire.put("error_code", result.subCode());
            wire.put("error_info", result.message());
        }
        return Map.of("rdc_aligenius_sendgoods_cancel_response", Map.of("result", wire));
    }

    /** {@code extend_days} (a whole number of days) or {@code extend_duration} (ISO-8601), exactly one, positive. */
    private static Duration extensionOf(Map<String, String> params) {
        String days = TopParams.optional(params, "extend_days");
        String iso = TopParams.optional(params, "extend_duration");
        if (days != null && iso != null) {
            throw TopApiException.invalidParameter("extend_duration", "give extend_days or extend_duration, not both");
        }
        if (days == null && iso == null) {
            throw TopApiException.missingParameter("extend_days");
        }
        if (days != null) {
            long n = TopParams.requiredLong(params, "extend_days");
            if (n < 1) {
                throw TopApiException.invalidParameter("extend_days", "extend_days must be at least 1: " + n);
            }
            return Duration.ofDays(n);
        }
        try {
            Duration duration = Duration.parse(iso);
            if (duration.isNegative() || duration.isZero()) {
                throw TopApiException.invalidParameter("extend_duration", "extend_duration must be positive: " + iso);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw TopApiException.invalidParameter("extend_duration", "not an ISO-8601 duration: '" + iso + "'");
        }
    }

    private static boolean booleanParam(Map<String, String> params, String name) {
        String value = TopParams.optional(params, name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw TopApiException.invalidParameter(name, name + " must be true or false: '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static CallResult notFound(String refundId) {
        return CallResult.refused(refundId, "isv.refund-not-exist", "refund does not exist");
    }
}
