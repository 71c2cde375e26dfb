package com.refundpilot.platform.adapter.out.douyin;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.DouyinProperties;
import com.refundpilot.platform.domain.douyin.DouyinAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinChatMessage;
import com.refundpilot.platform.domain.douyin.DouyinComplaint;
import com.refundpilot.platform.domain.douyin.DouyinListedAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinNegotiation;
import com.refundpilot.platform.domain.douyin.DouyinRequestSignature;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.wire.douyin.DouyinApiReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Douyin open API over HTTP: {@code POST {base}/{path}?app_key&method&access_token&timestamp&v&sign_method&sign}
 * with the parameters as the JSON body, signed over its exact bytes, guarded by the resilience4j instance
 * {@code douyin}. The shop's {@code access_token} is its ID (the sandbox's; a real shop's token comes from its
 * authorization). Every answer is HTTP 200: {@code code} 10000 is success, anything else the platform's refusal;
 * {@code isp.service-error:10002} (返回内容为空，重试) and 5xx are no answer.
 */
@Component
public class DouyinClient {

    private static final int SUCCESS = 10000;
    private static final String EMPTY_ANSWER = "isp.service-error:10002";

    private final GuardedHttp http;
    private final DouyinRequestSignature signature;
    private final DouyinProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public DouyinClient(RestClient.Builder builder, DouyinProperties properties, Clock clock, PeerGuards guards) {
        this.http = new GuardedHttp("Douyin open platform", builder, properties.baseUrl(), properties.timeout(),
                "douyin", guards);
        this.signature = new DouyinRequestSignature(properties.appKey(), properties.appSecret());
        this.properties = properties;
        this.clock = clock;
    }

    public DouyinAfterSale afterSale(String shopId, String afterSaleId, boolean withRecords) {
        return DouyinApiReader.afterSale(read(shopId, "afterSale/Detail", Map.of("after_sale_id", afterSaleId,
                "need_operation_record", withRecords)));
    }

    /**
     * {@code afterSale/List}: the shop's after-sales updated in {@code [from, to]} (epoch seconds, both inclusive), in
     * {@code update_time} order; {@code pageNo} counts from 1 here, the wire's {@code page} from 0.
     */
    public ChangePage<DouyinListedAfterSale> listAfterSales(String shopId, Instant from, Instant to, int pageNo,
            int size) {
        return DouyinApiReader.afterSaleList(read(shopId, "afterSale/List", Map.of(
                "update_start_time", from.getEpochSecond(), "update_end_time", to.getEpochSecond(),
                "page", pageNo - 1, "size", size, "order_by", List.of("update_time asc"))));
    }

    public List<DouyinNegotiation> negotiations(String shopId, String afterSaleId) {
        return DouyinApiReader.negotiations(read(shopId, "afterSale/negotiationList", Map.of("aftersale_id",
                afterSaleId)));
    }

    public List<DouyinChatMessage> messages(String shopId, String afterSaleId) {
        return DouyinApiReader.messages(read(shopId, "afterSale/messageList", Map.of("aftersale_id", afterSaleId)));
    }

    public DouyinComplaint complaint(String shopId, String complaintId) {
        return DouyinApiReader.complaint(read(shopId, "complaint/detail", Map.of("complaint_id", complaintId)));
    }

    /** One merchant action; a refusal comes back as a refused outcome with the platform's sub code. */
    public DecisionOutcome act(String shopId, String path, String subjectId, Map<String, Object> params) {
        JsonNode answer = send(shopId, path, params);
        if (answer.path("code").asInt() == SUCCESS) {
            return DecisionOutcome.success(subjectId);
        }
        String subCode = answer.path("sub_code").asString("");
        return DecisionOutcome.refused(subjectId, subCode.isBlank() ? "DOUYIN-" + answer.path("code").asInt() : subCode,
                answer.path("sub_msg").asString(""));
    }

    private JsonNode read(String shopId, String path, Map<String, Object> params) {
        JsonNode answer = send(shopId, path, params);
        if (answer.path("code").asInt() != SUCCESS) {
            throw new DouyinApiException(answer.path("code").asInt(), answer.path("sub_code").asString(""),
                    answer.path("sub_msg").asString(""));
        }
        return answer.path("data");
    }

    private JsonNode send(String shopId, String path, Map<String, Object> params) {
        // The SDKs serialize param_json with sorted keys; the signature covers exactly these bytes.
        byte[] body = json.writeValueAsBytes(new TreeMap<>(params));
        String method = path.replace('/', '.');
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String sign = signature.sign(method, new String(body, StandardCharsets.UTF_8), timestamp);
        ResponseEntity<String> answer = http.call(client -> client.post()
                // values as template variables: each is encoded once, whole (a shop ID with '+', '&' or '%' intact)
                .uri(uri -> uri.path("/" + path)
                        .queryParam("app_key", "{appKey}")
                        .queryParam("method", "{method}")
                        .queryParam("access_token", "{accessToken}")
                        .queryParam("timestamp", "{timestamp}")
                        .queryParam("v", "{v}")
                        .queryParam("sign_method", "hmac-sha256")
                        .queryParam("sign", "{sign}")
                        .build(Map.of("appKey", properties.appKey(), "method", method, "accessToken", shopId,
                                "timestamp", timestamp, "v", DouyinRequestSignature.VERSION, "sign", sign)))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                .toEntity(String.class));
        JsonNode root = answer.getBody() == null || answer.getBody().isBlank() ? json.createObjectNode()
                : json.readTree(answer.getBody());
        if (!answer.getStatusCode().is2xxSuccessful()) {
            throw new DouyinApiException(answer.getStatusCode().value(), "HTTP-" + answer.getStatusCode().value(),
                    answer.getBody() == null ? "" : answer.getBody());
        }
        if (EMPTY_ANSWER.equals(root.path("sub_code").asString(""))) {
            throw new GuardedHttp.PeerUnavailable("Douyin answered " + EMPTY_ANSWER + " on " + path + ": no answer");
        }
        return root;
    }
}
