package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A method's own answer: {@code {"<method_with_underscores>_responce":{"code":"0","<key>":{"success",
 * "errorCode","errorMsg",…}}}} ("responce" as JD spells it). ASC methods answer under {@code result},
 * replyRefund under {@code replyResult}. A refusal of the model is {@code success:false} with JD's business code.
 */
final class JdResults {

    static final String RESULT = "result";
    static final String REPLY_RESULT = "replyResult";

    private JdResults() {
    }

    static Map<String, Object> success(String method, String key, Map<String, Object> data, Map<String, Object> extra) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("success", true);
        result.put("errorCode", null);
        result.put("errorMsg", null);
        result.putAll(extra);
        if (data != null) {
            result.put("data", data);
        }
        return wrap(method, key, result);
    }

    static Map<String, Object> failure(String method, String key, String errorCode, String errorMsg) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("success", false);
        result.put("errorCode", errorCode);
        result.put("errorMsg", errorMsg);
        return wrap(method, key, result);
    }

    static Map<String, Object> refused(String method, String key, CallResult refusal) {
        return failure(method, key, JdRefusals.codeOf(refusal.subCode()), refusal.message() + " (" + refusal.subCode()
                + ")");
    }

    private static Map<String, Object> wrap(String method, String key, Map<String, Object> result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "0");
        body.put(key, result);
        return Map.of(method.replace('.', '_') + "_responce", body);
    }
}
