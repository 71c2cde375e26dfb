package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.domain.wechat.WechatAfterSale;
import com.refundpilot.platform.domain.wechat.WechatAfterSalePage;
import com.refundpilot.platform.domain.wechat.WechatDispute;
import com.refundpilot.platform.domain.wechat.WechatMessage;
import com.refundpilot.platform.domain.wechat.WechatOrder;
import com.refundpilot.platform.domain.wechat.WechatOrderComplaint;
import com.refundpilot.platform.wire.wechat.WechatJson;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeChat Channels shop's API over HTTP ({@code POST path?access_token=…}, JSON), guarded by the resilience4j
 * instance {@code wechat-channels}. Refusals come as HTTP 200 with an errcode: a read throws
 * {@link WechatApiException}, an action returns a refused outcome. A refused token is renewed and the call repeated
 * once (WeChat did nothing with it); "busy" codes are no answer at all: {@link GuardedHttp.PeerUnavailable}.
 */
@Component
public class WechatClient {

    private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 41001, 42001);
    /** System busy, too many users, too frequent, rate limits: not an answer to the request. */
    private static final Set<Integer> BUSY = Set.of(-1, 10021044, 10021059, 45009, 45011);

    private final GuardedHttp http;
    private final WechatAccessTokens tokens;
    private final JsonMapper json = JsonMapper.builder().build();

    public WechatClient(RestClient.Builder builder, WechatChannelsProperties properties, Clock clock,
            PeerGuards guards) {
        this.http = new GuardedHttp("WeChat Channels shop", builder, properties.baseUrl(), properties.timeout(),
                "wechat-channels", guards);
        this.tokens = new WechatAccessTokens(() -> fetchToken(properties), clock);
    }

    public WechatAfterSale afterSale(String afterSaleId) {
        return WechatJson.afterSale(read("/channels/ec/aftersale/getaftersaleorder",
                Map.of("after_sale_order_id", afterSaleId)).path("after_sale_order"));
    }

    /**
     * {@code getaftersalelist} by update time (both ends inclusive, epoch seconds, at most 24 h apart): one page of
     * after-sale IDs; {@code nextKey} null for the first page.
     */
    public WechatAfterSalePage listAfterSales(Instant updatedFrom, Instant updatedTo, String nextKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("begin_update_time", updatedFrom.getEpochSecond());
        body.put("end_update_time", updatedTo.getEpochSecond());
        if (nextKey != null) {
            body.put("next_key", nextKey);
        }
        return WechatJson.afterSalePage(read("/channels/ec/aftersale/getaftersalelist", body));
    }

    public WechatDispute dispute(String complaintId) {
        return WechatJson.dispute(complaintId, read("/channels/ec/aftersale/getcomplaintorder",
                Map.of("complaint_id", complaintId)));
    }

    public WechatOrder order(String orderId) {
        return WechatJson.order(read("/channels/ec/order/get", Map.of("order_id", orderId)).path("order"));
    }

    /** Sandbox assumption (no public after-sale chat API): the after-sale's messages, oldest first. */
    public List<WechatMessage> messages(String afterSaleId) {
        return WechatJson.messages(read("/channels/ec/aftersale/getmessagelist",
                Map.of("after_sale_order_id", afterSaleId)).path("message_list"));
    }

    /** Sandbox assumption: an order complaint (投诉). */
    public WechatOrderComplaint orderComplaint(String complaintId) {
        return WechatJson.orderComplaint(read("/channels/ec/ordercomplaint/get",
                Map.of("order_complaint_id", complaintId)).path("order_complaint"));
    }

    /** merchant/address/add: the new address's ID. */
    public String addAddress(Map<String, Object> addressDetail) {
        return read("/channels/ec/merchant/address/add", Map.of("address_detail", addressDetail)).path("address_id")
                .asString("");
    }

    /** One merchant action; a non-zero errcode is a refused outcome with the errcode as its code. */
    public DecisionOutcome act(String path, String subjectId, Map<String, Object> body) {
        JsonNode answer = call(path, body);
        int errcode = answer.path("errcode").asInt(0);
        return errcode == 0 ? DecisionOutcome.success(subjectId)
                : DecisionOutcome.refused(subjectId, Integer.toString(errcode), answer.path("errmsg").asString(""));
    }

    private JsonNode read(String path, Map<String, Object> body) {
        JsonNode answer = call(path, body);
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            throw new WechatApiException(Integer.toString(errcode), answer.path("errmsg").asString(""));
        }
        return answer;
    }

    private JsonNode call(String path, Map<String, Object> body) {
        byte[] bytes = json.writeValueAsBytes(body);
        for (int attempt = 0; ; attempt++) {
            String token = tokens.current();
            ResponseEntity<String> response = http.call(client -> client.post()
                    .uri(uri -> uri.path(path).queryParam("access_token", "{token}").build(Map.of("token", token)))
                    .contentType(MediaType.APPLICATION_JSON).body(bytes).retrieve()
                    .onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER).toEntity(String.class));
            JsonNode answer = parse(path, response);
            int errcode = answer.path("errcode").asInt(0);
            if (TOKEN_REFUSED.contains(errcode) && attempt == 0) {
                tokens.refused(token);
                continue;
            }
            if (BUSY.contains(errcode)) {
                throw new GuardedHttp.PeerUnavailable("WeChat Channels answered " + errcode + " (busy) on " + path);
            }
            return answer;
        }
    }

    private WechatAccessTokens.Issued fetchToken(WechatChannelsProperties p) {
        ResponseEntity<String> response = http.call(client -> client.get()
                // values as template variables: each is encoded once, whole (a secret with '+' or '&' intact)
                .uri(uri -> uri.path("/cgi-bin/token").queryParam("grant_type", "client_credential")
                        .queryParam("appid", "{appId}").queryParam("secret", "{secret}")
                        .build(Map.of("appId", p.appId(), "secret", p.appSecret())))
                .retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                .toEntity(String.class));
        JsonNode answer = parse("/cgi-bin/token", response);
        String token = answer.path("access_token").asString("");
        if (token.isBlank()) {
            throw new WechatApiException(answer.path("errcode").asString("NO_TOKEN"),
                    "no access token: " + answer.path("errmsg").asString(""));
        }
        return new WechatAccessTokens.Issued(token, answer.path("expires_in").asLong(7200));
    }

    /** WeChat answers JSON; anything else (an HTML error page, nothing) is no answer to the request. */
    private JsonNode parse(String path, ResponseEntity<String> response) {
        String body = response.getBody();
        try {
            JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new GuardedHttp.PeerUnavailable("WeChat Channels answered no JSON on " + path + " (HTTP "
                        + response.getStatusCode().value() + ")");
            }
            if (!response.getStatusCode().is2xxSuccessful() && !node.has("errcode")) {
                throw new WechatApiException("HTTP-" + response.getStatusCode().value(), body);
            }
            return node;
        } catch (JacksonException e) {
            throw new GuardedHttp.PeerUnavailable("WeChat Channels answered unreadable JSON on " + path);
        }
    }
}
