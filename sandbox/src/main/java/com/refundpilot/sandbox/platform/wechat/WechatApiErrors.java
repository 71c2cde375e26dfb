package com.refundpilot.sandbox.platform.wechat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The WeChat API's refusals as WeChat sends them: HTTP 200, {@code {"errcode":n,"errmsg":"…"}}; not problem+json. */
@RestControllerAdvice(assignableTypes = {WechatAfterSaleController.class, WechatOrderComplaintController.class,
        WechatTokenController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WechatApiErrors {

    @ExceptionHandler(WechatApiException.class)
    ResponseEntity<Map<String, Object>> refused(WechatApiException refusal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errcode", refusal.errcode());
        body.put("errmsg", refusal.getMessage());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
