package com.refundpilot.platform.adapter.out.pdd;

import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.PinduoduoProperties;
import com.refundpilot.platform.domain.pdd.PddAfterSale;
import com.refundpilot.platform.domain.pdd.PddChatMessage;
import com.refundpilot.platform.domain.pdd.PddAfterSaleTypes;
import com.refundpilot.platform.domain.pdd.PddComplaint;
import com.refundpilot.platform.domain.pdd.PddListedRefund;
import com.refundpilot.platform.domain.pdd.PddNegotiation;
import com.refundpilot.platform.domain.pdd.PddSignature;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import com.refundpilot.platform.wire.pdd.PddJson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pinduoduo's open API over HTTP: signed form posts to its router, each guarded by the resilience4j instance
 * {@code pinduoduo}. A request refused as a whole ({@code error_response}, HTTP 200) is a {@link PddApiException};
 * an action's own refusal is a refused {@link DecisionOutcome} with code {@code PDD-<error_code>}; no answer at all
 * is {@link GuardedHttp.PeerUnavailable}. {@code mall} is the shop's access token (the sandbox's: the shop ID).
 */
@Component
public class PddClient {

    private final GuardedHttp http;
    private final PinduoduoProperties properties;
    private final PddSignature signature;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public PddClient(RestClient.Builder builder, PinduoduoProperties properties, Clock clock, PeerGuards guards) {
        this.http = new GuardedHttp("Pinduoduo", builder, properties.baseUrl(), properties.timeout(), "pinduoduo", guards);
        this.properties = properties;
        this.signature = new PddSignature(properties.clientId(), properties.clientSecret(),
                properties.webhookWindow());
        this.clock = clock;
    }

    /** pdd.refund.information.get */
    public PddAfterSale afterSale(String mall, String afterSalesId, String orderSn) {
        return PddJson.afterSale(call(mall, "pdd.refund.information.get", ids(afterSalesId, orderSn))
                .path("refund_information_get_response"));
    }

    /**
     * pdd.refund.list.increment.get: one page of the mall's after-sales of every type and status whose
     * {@code updated_at} lies in the window ({@code start <= updated < end}, at most 30 minutes; consecutive windows
     * share their ends, so nothing falls between them).
     */
    public ChangePage<PddListedRefund> listRefunds(String mall, SweepWindow window, int page, int pageSize) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("start_updated_at", Long.toString(window.start().getEpochSecond()));
        params.put("end_updated_at", Long.toString(window.end().getEpochSecond()));
        params.put("after_sales_status", "0");
        params.put("after_sales_type", Integer.toString(PddAfterSaleTypes.LIST_ALL));
        params.put("page", Integer.toString(page));
        params.put("page_size", Integer.toString(pageSize));
        return PddJson.refundPage(call(mall, "pdd.refund.list.increment.get", params)
                .path("refund_increment_get_response"), page, pageSize);
    }

    /** pdd.refund.message.list (sandbox method): the after-sale's chat, oldest first. */
    public List<PddChatMessage> chat(String mall, String afterSalesId, String orderSn) {
        return PddJson.chat(call(mall, "pdd.refund.message.list", ids(afterSalesId, orderSn))
                .path("refund_message_list_response").path("messages"));
    }

    /** pdd.refund.negotiation.get (sandbox method). */
    public List<PddNegotiation> negotiations(String mall, String afterSalesId, String orderSn) {
        return PddJson.negotiations(call(mall, "pdd.refund.negotiation.get", ids(afterSalesId, orderSn))
                .path("refund_negotiation_get_response").path("negotiations"));
    }

    /** pdd.complaint.information.get (sandbox method). */
    public PddComplaint complaint(String mall, String complaintId) {
        return PddJson.complaint(call(mall, "pdd.complaint.information.get", Map.of("complaint_id", complaintId))
                .path("complaint_information_get_response"));
    }

    /** pdd.refund.evidence.get (sandbox method): {@code subject} is after_sales_id + order_sn, or complaint_id. */
    public List<String> evidence(String mall, Map<String, String> subject) {
        return PddJson.evidenceReferences(call(mall, "pdd.refund.evidence.get", subject)
                .path("refund_evidence_get_response").path("evidences"));
    }

    /** One merchant action: its answer's {@code response.success}, else the business code as PDD-&lt;code&gt;. */
    public DecisionOutcome act(String mall, String type, String subjectId, Map<String, String> params) {
        JsonNode response = call(mall, type, params).path("response");
        if (!response.has("success")) {
            throw new IllegalStateException(type + " answered without success for " + subjectId);
        }
        if (response.path("success").asBoolean(false)) {
            return DecisionOutcome.success(subjectId);
        }
        return DecisionOutcome.refused(subjectId, "PDD-" + response.path("error_code").asInt(),
                response.path("error_msg").asString(""));
    }

    /**
     * pdd.rdc.pddgenius.sendgoods.cancel (PG 取消发货) with its one JSON {@code param}; the answer's
     * {@code result}: {@code result_data.refund_id} [S], {@code success} / {@code error_code} / {@code error_msg} (an
     * answer without {@code success} but with {@code result_data} is a success).
     */
    public DecisionOutcome cancelSendGoods(String mall, String refundId, Map<String, Object> param) {
        JsonNode result = call(mall, "pdd.rdc.pddgenius.sendgoods.cancel", Map.of("param",
                json.writeValueAsString(param))).path("rdc_pddgenius_sendgoods_cancel_response").path("result");
        if (!result.has("success") && !result.has("result_data")) {
            throw new IllegalStateException("sendgoods.cancel answered without a result for " + refundId);
        }
        if (result.path("success").asBoolean(result.has("result_data"))) {
            return DecisionOutcome.success(refundId);
        }
        return DecisionOutcome.refused(refundId, "PDD-" + result.path("error_code").asInt(),
                result.path("error_msg").asString(""));
    }

    static Map<String, String> ids(String afterSalesId, String orderSn) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("after_sales_id", afterSalesId);
        params.put("order_sn", orderSn);
        return params;
    }

    private JsonNode call(String mall, String type, Map<String, String> methodParams) {
        Map<String, String> params = new LinkedHashMap<>(methodParams);
        params.put("type", type);
        params.put("client_id", properties.clientId());
        params.put("access_token", mall);
        params.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        params.put("data_type", "JSON");
        params.put("version", "V1");
        params.put("sign", signature.signRequest(params));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        String body = http.call(client -> client.post().uri(properties.routerPath())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                .toEntity(String.class)).getBody();
        JsonNode answer = json.readTree(body == null || body.isBlank() ? "{}" : body);
        JsonNode error = answer.get("error_response");
        if (error != null) {
            throw new PddApiException(error.path("error_code").asInt(), error.path("error_msg").asString(""),
                    error.path("sub_code").asString(null));
        }
        return answer;
    }
}
