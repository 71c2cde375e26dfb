package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading a TOP method's own parameters: a missing one is code 40, a malformed one 41, as TOP answers. */
final class TopParams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopParams() {
    }

    /** The AliGenius {@code param} of taobao.rdc.aligenius.sendgoods.cancel, as the sandbox reads it. */
    record CancelGoods(String refundId, String status, long refundFen, Instant operateTime) {
    }

    /**
     * {@code param}: a JSON object with {@code refund_id} (number or text), {@code status}, optional {@code refund_fee}
     * (fen) and {@code operate_time} ({@code yyyy-MM-dd HH:mm:ss}, Beijing time); a missing one is 40 and a malformed
     * one 41 naming {@code param.<field>}. {@code tid}, {@code oid}, {@code msg} are taken and not checked.
     */
    static CancelGoods cancelGoods(Map<String, String> params) {
        String raw = required(params, "param");
        JsonNode param;
        try {
            param = JSON.readTree(raw);
        } catch (JacksonException e) {
            throw TopApiException.invalidParameter("param", "param is not JSON: " + e.getOriginalMessage());
        }
        if (param == null || !param.isObject()) {
            throw TopApiException.invalidParameter("param", "param must be a JSON object");
        }
        JsonNode refundId = param.get("refund_id");
        if (refundId == null || refundId.isNull() || refundId.asString("").isBlank()) {
            throw TopApiException.missingParameter("param.refund_id");
        }
        JsonNode status = param.get("status");
        if (status == null || !status.isString() || status.asString().isBlank()) {
            throw TopApiException.missingParameter("param.status");
        }
        if (!status.asString().equals("SUCCESS") && !status.asString().equals("FAIL")) {
            throw TopApiException.invalidParameter("param.status", "param.status is SUCCESS or FAIL: '"
                    + status.asString() + "'");
        }
        JsonNode fee = param.get("refund_fee");
        long refundFen = 0;
        if (fee != null && !fee.isNull()) {
            if (!fee.isIntegralNumber() || fee.asLong() < 0) {
                throw TopApiException.invalidParameter("param.refund_fee", "param.refund_fee is fen, a whole number");
            }
            refundFen = fee.asLong();
        }
        JsonNode time = param.get("operate_time");
        if (time == null || time.isNull() || time.asString("").isBlank()) {
            throw TopApiException.missingParameter("param.operate_time");
        }
        Instant operateTime = TaobaoWire.parseTime(time.asString()).orElseThrow(() -> TopApiException.invalidParameter(
                "param.operate_time", "param.operate_time is yyyy-MM-dd HH:mm:ss: '" + time.asString() + "'"));
        return new CancelGoods(refundId.asString(), status.asString(), refundFen, operateTime);
    }

    static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw TopApiException.missingParameter(name);
        }
        return value;
    }

    static String optional(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static long requiredLong(Map<String, String> params, String name) {
        String value = required(params, name);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw TopApiException.invalidParameter(name, name + " is not a number: '" + value + "'");
        }
    }

    static long requiredYuan(Map<String, String> params, String name) {
        String value = required(params, name);
        return TaobaoWire.fen(value).orElseThrow(() -> TopApiException.invalidParameter(name,
                name + " must be yuan with at most two decimals, like 419.30: '" + value + "'"));
    }

    static <E extends Enum<E>> E requiredEnum(Map<String, String> params, String name, Class<E> type) {
        String value = required(params, name);
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw TopApiException.invalidParameter(name, name + " is not one of " + java.util.Arrays.toString(
                    type.getEnumConstants()) + ": '" + value + "'");
        }
    }
}
