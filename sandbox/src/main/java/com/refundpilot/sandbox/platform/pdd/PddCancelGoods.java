package com.refundpilot.sandbox.platform.pdd;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code param} of pdd.rdc.pddgenius.sendgoods.cancel, read field by field: a missing one or a malformed one is
 * refused naming {@code param.<field>}. IDs come as numbers or strings (PDD's are numbers; the sandbox's strings).
 */
record PddCancelGoods(String refundId, String tid, String status, Integer failReasonCode, long refundFen,
        Instant operateTime) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PddCancelGoods read(String raw) {
        JsonNode param;
        try {
            param = JSON.readTree(raw);
        } catch (JacksonException e) {
            throw PddApiException.invalidParameter("param", "not JSON: " + e.getOriginalMessage());
        }
        if (param == null || !param.isObject()) {
            throw PddApiException.invalidParameter("param", "must be a JSON object");
        }
        String refundId = id(param, "refund_id");
        String tid = id(param, "tid");
        JsonNode status = param.get("status");
        if (status == null || !status.isString() || status.asString().isBlank()) {
            throw PddApiException.missingParameter("param.status");
        }
        if (!status.asString().equals("SUCCESS") && !status.asString().equals("FAIL")) {
            throw PddApiException.invalidParameter("param.status", "SUCCESS or FAIL, was " + status.asString());
        }
        Integer failReason = null;
        JsonNode code = param.get("fail_reason_code");
        if (code != null && !code.isNull()) {
            if (!code.isIntegralNumber() || code.asInt() < 1001 || code.asInt() > 1003) {
                throw PddApiException.invalidParameter("param.fail_reason_code", "1001, 1002 or 1003");
            }
            failReason = code.asInt();
        }
        if (status.asString().equals("FAIL") && failReason == null) {
            throw PddApiException.missingParameter("param.fail_reason_code");
        }
        long refundFen = 0;
        JsonNode fee = param.get("refund_fee");
        if (fee != null && !fee.isNull()) {
            if (!fee.isIntegralNumber() || fee.asLong() < 0) {
                throw PddApiException.invalidParameter("param.refund_fee", "fen, a whole number");
            }
            refundFen = fee.asLong();
        }
        JsonNode time = param.get("operate_time");
        if (time == null || time.isNull()) {
            throw PddApiException.missingParameter("param.operate_time");
        }
        if (!time.isIntegralNumber() || time.asLong() < 0) {
            throw PddApiException.invalidParameter("param.operate_time", "epoch milliseconds");
        }
        return new PddCancelGoods(refundId, tid, status.asString(), failReason, refundFen,
                Instant.ofEpochMilli(time.asLong()));
    }

    private static String id(JsonNode param, String name) {
        JsonNode value = param.get(name);
        if (value == null || value.isNull() || (!value.isIntegralNumber() && !value.isString())
                || value.asString().isBlank()) {
            throw PddApiException.missingParameter("param." + name);
        }
        return value.asString();
    }
}
