package com.refundpilot.platform.adapter.out.jd;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.JdProperties;
import com.refundpilot.platform.domain.jd.JdBill;
import com.refundpilot.platform.domain.jd.JdComplaint;
import com.refundpilot.platform.domain.jd.JdSignature;
import com.refundpilot.platform.domain.jd.JdWire;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import com.refundpilot.platform.wire.jd.JdJson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JD's open platform (JOS) over HTTP: signed form posts to {@code /routerjson} with the method's parameters in
 * {@code 360buy_param_json}, each guarded by the resilience4j instance {@code jd}. {@code access_token} is the shop's
 * (on the sandbox: the shop ID). A request-level {@code error_response} (HTTP 200, as JD answers) and a read's
 * {@code success:false} are {@link JdApiException}s: answers, never retried. No answer at all is
 * {@link GuardedHttp.PeerUnavailable}.
 */
@Component
public class JdClient {

    static final String ROUTER = "/routerjson";
    /** Who the audit records as the operator (operatePin, operateNick, checkUserName). */
    static final String OPERATOR = "refundpilot";

    private final GuardedHttp jd;
    private final JdProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdClient(RestClient.Builder builder, JdProperties properties, Clock clock, PeerGuards guards) {
        this.jd = new GuardedHttp("JD", builder, properties.baseUrl(), properties.timeout(), "jd", guards);
        this.properties = properties;
        this.clock = clock;
    }

    /** jingdong.asc.query.view: the service bill (with the refund application for a refund-only request). */
    public JdBill bill(String shopId, String serviceId) {
        return JdJson.bill(read(shopId, "jingdong.asc.query.view", Map.of("serviceId", serviceId,
                "buId", shopId, "operatePin", OPERATOR, "operateNick", OPERATOR)), "data.");
    }

    /**
     * jingdong.asc.sync.list (增量查询服务单信息): one page of the shop's service bills whose {@code modifiedTime} lies in
     * the window (both ends inclusive, at most a day: docs/platform-wire-formats/jd.md §2).
     */
    public ChangePage<JdBill> listBills(String shopId, SweepWindow window, int pageNumber, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("buId", shopId);
        params.put("operatePin", OPERATOR);
        params.put("operateNick", OPERATOR);
        params.put("updateTimeBegin", JdWire.time(window.start()));
        params.put("updateTimeEnd", JdWire.time(window.end()));
        params.put("pageNumber", pageNumber);
        params.put("pageSize", pageSize);
        return JdJson.billPage(call(shopId, "jingdong.asc.sync.list", params).path("pageResult"), pageNumber,
                pageSize);
    }

    /** jingdong.asc.complaint.view (a sandbox method). */
    public JdComplaint complaint(String shopId, String complaintId) {
        return JdJson.complaint(read(shopId, "jingdong.asc.complaint.view", Map.of("complaintId", complaintId)),
                "data.");
    }

    /**
     * One merchant action; its answer's {@code result} (or {@code replyResult}) is the outcome: success, or refused
     * with JD's business code.
     */
    public DecisionOutcome act(String shopId, String method, String resultKey, String subjectId,
            Map<String, Object> params) {
        JsonNode result = call(shopId, method, params).path(resultKey);
        if (!result.has("success")) {
            throw new IllegalStateException("JD answered " + method + " without " + resultKey + ".success");
        }
        if (result.path("success").asBoolean(false)) {
            return DecisionOutcome.success(subjectId);
        }
        return DecisionOutcome.refused(subjectId, result.path("errorCode").asString("JD-REFUSED"),
                result.path("errorMsg").asString(""));
    }

    /** The {@code result.data} of a read; a refusal ({@code success:false}) throws its code. */
    private JsonNode read(String shopId, String method, Map<String, Object> params) {
        JsonNode result = call(shopId, method, params).path("result");
        if (!result.path("success").asBoolean(false)) {
            throw new JdApiException(result.path("errorCode").asString("JD-REFUSED"),
                    result.path("errorMsg").asString(method + " refused"));
        }
        return result.get("data");
    }

    /** The {@code <method>_responce} object of a signed call, or the call's {@code error_response} as a refusal. */
    private JsonNode call(String shopId, String method, Map<String, Object> methodParams) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("method", method);
        params.put("app_key", properties.appKey());
        params.put("access_token", shopId);
        params.put("timestamp", JdWire.time(clock.instant()));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("360buy_param_json", json.writeValueAsString(methodParams));
        params.put("sign", JdSignature.signCall(params, properties.appSecret()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        String body = jd.call(http -> http.post().uri(ROUTER).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                .toEntity(String.class)).getBody();
        JsonNode answer = json.readTree(body == null || body.isBlank() ? "{}" : body);
        JsonNode error = answer.get("error_response");
        if (error != null) {
            throw new JdApiException("JD-" + error.path("code").asString("?"),
                    error.path("zh_desc").asString("") + " " + error.path("en_desc").asString(""));
        }
        JsonNode response = answer.get(method.replace('.', '_') + "_responce");
        if (response == null) {
            throw new IllegalStateException("JD answered " + method + " without its _responce");
        }
        return response;
    }
}
