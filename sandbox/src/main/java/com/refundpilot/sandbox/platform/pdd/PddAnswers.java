package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.CallResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every PDD action's answer, in the shape of pdd.refund.returngoods.agree: {@code response} with {@code success},
 * {@code error_code} (0, or the business code of the refusal), {@code error_msg} and the {@code result}.
 */
final class PddAnswers {

    private PddAnswers() {
    }

    static Map<String, Object> of(CallResult result, String idField, String id, String orderSn) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put(idField, id);
        if (orderSn != null) {
            inner.put("order_sn", orderSn);
        }
        inner.put("succ", result.succ());
        inner.put("message", result.succ() ? "操作成功" : result.message());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("success", result.succ());
        response.put("error_code", result.succ() ? 0 : PddRefusals.codeOf(result));
        response.put("error_msg", result.succ() ? "" : result.message());
        response.put("result", inner);
        return Map.of("response", response);
    }
}
