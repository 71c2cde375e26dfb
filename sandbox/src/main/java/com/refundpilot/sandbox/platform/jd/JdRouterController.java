package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * JOS's single entry point {@code POST /routerjson}: the system parameters, the MD5 signature and the timestamp are
 * checked here, then the method runs on its {@code 360buy_param_json}. Every request-level error is an
 * {@code error_response} with HTTP 200, as JD answers; nothing happens for it.
 */
@RestController
class JdRouterController {

    /** How far a request's timestamp may be from the platform's clock. */
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final List<String> SYSTEM = List.of("method", "app_key", "access_token", "timestamp", "v", "sign",
            "360buy_param_json");
    private static final Set<String> METHODS = Set.of(JdServiceApi.VIEW, JdServiceApi.REPLY_REFUND,
            JdServiceApi.PROCESS_REFUND, JdServiceApi.AUDIT_REJECT, JdServiceApi.WAIT_FEEDBACK, JdServiceApi.NEGOTIATE,
            JdServiceApi.AUDIT_SEND, JdServiceApi.RECEIVE_EXTEND, JdServiceApi.OFFLINE_CHANGE,
            JdServiceApi.TRACK_MESSAGE_REPLY, JdEvidenceApi.UPLOAD, JdComplaintApi.VIEW, JdComplaintApi.ANSWER,
            JdSyncList.SYNC_LIST);

    private final JdProperties properties;
    private final JdServiceApi services;
    private final JdComplaintApi complaints;
    private final JdEvidenceApi evidence;
    private final JdSyncList syncList;
    private final TaobaoMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    JdRouterController(JdProperties properties, JdServiceApi services, JdComplaintApi complaints,
            JdEvidenceApi evidence, JdSyncList syncList, TaobaoMetrics metrics, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.services = services;
        this.complaints = complaints;
        this.evidence = evidence;
        this.syncList = syncList;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/routerjson", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> route(@RequestParam Map<String, String> params) {
        for (String name : SYSTEM) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw JdApiException.missingSystemParameter(name);
            }
        }
        if (!properties.appKey().equals(params.get("app_key"))) {
            throw new JdApiException(JdApiException.UNKNOWN_APP_KEY, "无效的app_key", "invalid app_key");
        }
        if (!JdSigner.verifyCall(properties.appSecret(), params)) {
            throw new JdApiException(JdApiException.BAD_SIGNATURE, "签名无效", "invalid signature");
        }
        checkTimestamp(params.get("timestamp"));
        String format = params.get("format");
        if (!"2.0".equals(params.get("v")) || (format != null && !format.isEmpty() && !"json".equals(format))) {
            throw new JdApiException(JdApiException.UNSUPPORTED_VERSION, "不支持的版本或格式",
                    "only v=2.0 and format=json are supported");
        }
        String method = params.get("method");
        if (!METHODS.contains(method)) {
            throw new JdApiException(JdApiException.UNKNOWN_METHOD, "方法不存在: " + method, "unknown method " + method);
        }
        JdParams p = JdParams.parse(json, params.get("360buy_param_json"));
        metrics.methodCalled(SandboxPlatform.JD, method);
        String shopId = params.get("access_token");
        return switch (method) {
            case JdServiceApi.VIEW -> services.view(shopId, p);
            case JdSyncList.SYNC_LIST -> syncList.list(shopId, p);
            case JdServiceApi.REPLY_REFUND -> services.replyRefund(shopId, p);
            case JdServiceApi.PROCESS_REFUND -> services.processRefund(shopId, p);
            case JdServiceApi.AUDIT_REJECT -> services.auditReject(shopId, p);
            case JdServiceApi.WAIT_FEEDBACK -> services.waitFeedback(shopId, p);
            case JdServiceApi.NEGOTIATE -> services.negotiateSubmit(shopId, p);
            case JdServiceApi.AUDIT_SEND -> services.auditSend(shopId, p);
            case JdServiceApi.RECEIVE_EXTEND -> services.receiveExtend(shopId, p);
            case JdServiceApi.OFFLINE_CHANGE -> services.offlineChange(shopId, p);
            case JdServiceApi.TRACK_MESSAGE_REPLY -> services.trackMessageReply(shopId, p);
            case JdEvidenceApi.UPLOAD -> evidence.upload(shopId, p);
            case JdComplaintApi.VIEW -> complaints.view(shopId, p);
            default -> complaints.answer(shopId, p);
        };
    }

    @ExceptionHandler(JdApiException.class)
    Map<String, Object> jdError(JdApiException error) {
        return error.toResponse();
    }

    private void checkTimestamp(String timestamp) {
        Optional<Instant> signedAt = TaobaoWire.parseTime(timestamp.trim());
        if (signedAt.isEmpty()) {
            throw new JdApiException(JdApiException.BAD_TIMESTAMP, "timestamp格式错误: " + timestamp,
                    "timestamp must be yyyy-MM-dd HH:mm:ss");
        }
        if (Duration.between(signedAt.get(), clock.instant()).abs().compareTo(WINDOW) > 0) {
            throw new JdApiException(JdApiException.BAD_TIMESTAMP, "timestamp超出允许范围: " + timestamp,
                    "timestamp is more than " + WINDOW + " from the platform's clock");
        }
    }
}
