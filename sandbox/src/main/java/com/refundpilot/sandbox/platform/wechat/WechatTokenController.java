package com.refundpilot.sandbox.platform.wechat;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /cgi-bin/token?grant_type=client_credential&appid=…&secret=…}: the app's access token. */
@RestController
class WechatTokenController {

    private final WechatProperties properties;
    private final AccessTokens tokens;

    WechatTokenController(WechatProperties properties, AccessTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @GetMapping("/cgi-bin/token")
    Map<String, Object> token(@RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(required = false) String appid, @RequestParam(required = false) String secret) {
        if (!"client_credential".equals(grantType)) {
            throw new WechatApiException(40002, "invalid grant_type");
        }
        if (!properties.appId().equals(appid)) {
            throw new WechatApiException(40013, "invalid appid");
        }
        if (!properties.appSecret().equals(secret)) {
            throw new WechatApiException(40125, "invalid appsecret");
        }
        return Map.of("access_token", tokens.issue(), "expires_in", tokens.lifetimeSeconds());
    }
}
