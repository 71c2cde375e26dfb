package com.refundpilot.sandbox.platform.wechat;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sandbox.wechat.*}: the merchant app of the WeChat Channels shop (appid and secret for access tokens; token
 * and EncodingAESKey of the secure-mode pushes) and where its pushes go. {@code webhook-url}, when not set, is
 * {@code /webhooks/wechat-channels} on the host of {@code sandbox.taobao.webhook-url}, so a system that only moved
 * the Taobao webhook needs nothing more. One app serves every sandbox shop (a sandbox simplification).
 */
@ConfigurationProperties("sandbox.wechat")
public record WechatProperties(
        @DefaultValue("wxsandbox0000001") String appId,
        @DefaultValue("sandbox-secret") String appSecret,
        @DefaultValue("sandbox-token") String token,
        @DefaultValue("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG") String encodingAesKey,
        @DefaultValue("PT2H") Duration tokenLifetime,
        URI webhookUrl) {

    public static final String WEBHOOK_PATH = "/webhooks/wechat-channels";

    public URI webhookTarget(URI taobaoWebhookUrl) {
        return webhookUrl != null ? webhookUrl : taobaoWebhookUrl.resolve(WEBHOOK_PATH);
    }
}
