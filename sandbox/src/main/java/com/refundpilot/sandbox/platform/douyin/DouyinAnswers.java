package com.refundpilot.sandbox.platform.douyin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Douyin's answer envelope, HTTP 200 either way: {@code {"code":10000,"msg":"success",…,"data":{…}}}, or the refusal's
 * {@code code}, {@code sub_code} and {@code sub_msg}. Ahead of the sandbox-wide problem+json handler, and only for the
 * Douyin API.
 */
@RestControllerAdvice(assignableTypes = DouyinOpenApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DouyinAnswers {

    static Map<String, Object> success(Map<String, Object> data) {
        Map<String, Object> out = envelope(10000, "success", "", "");
        out.put("data", data);
        return out;
    }

    @ExceptionHandler(DouyinApiException.class)
    ResponseEntity<Map<String, Object>> refused(DouyinApiException refusal) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope(refusal.code(),
                refusal.shortText(), refusal.subCode(), refusal.getMessage()));
    }

    private static Map<String, Object> envelope(int code, String msg, String subCode, String subMsg) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("msg", msg);
        out.put("sub_code", subCode);
        out.put("sub_msg", subMsg);
        out.put("log_id", UUID.randomUUID().toString().replace("-", ""));
        return out;
    }
}
