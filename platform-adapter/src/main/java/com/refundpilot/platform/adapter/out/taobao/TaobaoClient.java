package com.refundpilot.platform.adapter.out.taobao;

import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.config.TaobaoProperties;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.taobao.TaobaoChatMessage;
import com.refundpilot.platform.domain.taobao.TaobaoComplaint;
import com.refundpilot.platform.domain.taobao.TaobaoListedRefund;
import com.refundpilot.platform.domain.taobao.TaobaoNegotiation;
import com.refundpilot.platform.domain.taobao.TaobaoRefund;
import com.refundpilot.platform.domain.taobao.TaobaoReturnStage;
import com.refundpilot.platform.domain.taobao.TaobaoWire;
import com.refundpilot.platform.domain.taobao.TopSignature;
import com.refundpilot.kit.http.GuardedHttp;
import com.refundpilot.kit.http.PeerGuards;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * The Taobao open platform (TOP) over HTTP: signed form posts to {@code /router/rest}, each guarded by the
 * resilience4j instance {@code taobao} (see {@link GuardedHttp} for the decoration order). A refused
 * request ({@code error_response}, which TOP sends with HTTP 200) is a {@link TaobaoApiException}: an answer,
 * never retried. No answer at all is {@link GuardedHttp.PeerUnavailable}.
 */
@Component
public class TaobaoClient {

    /** What the sweep reads of a listed refund; refund_version and cs_status are sandbox fields. */
    private static final String LIST_FIELDS = "refund_id,tid,seller_nick,status,modified,refund_fee,total_fee,payment,"
            + "refund_version,cs_status";

    private final GuardedHttp top;
    private final TaobaoProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public TaobaoClient(RestClient.Builder builder, TaobaoProperties properties, Clock clock, PeerGuards guards) {
        this.top = new GuardedHttp("Taobao", builder, properties.baseUrl(), properties.timeout(), "taobao", guards);
        this.properties = properties;
        this.clock = clock;
    }

    public TaobaoRefund getRefund(String shopId, String refundId) {
        JsonNode refund = call(shopId, "taobao.refund.get", Map.of("refund_id", refundId))
                .path("refund_get_response").path("refund");
        JsonNode timeout = refund.path("refund_remind_timeout");
        return new TaobaoRefund(refund.path("refund_id").asString(), refund.path("tid").asString(),
                refund.path("status").asString(), refund.path("bill_type").asString(null),
                refund.path("reship").asBoolean(false), refund.path("refund_fee").asString(),
                refund.path("total_fee").asString(null), refund.path("num").asInt(1),
                refund.path("order_num").asInt(1), refund.path("outer_id").asString(null),
                refund.path("reason").asString(null), refund.path("seller_nick").asString(shopId),
                refund.path("created").asString(null), refund.path("modified").asString(null),
                refund.path("refund_version").asLong(0), timeout.path("exist_timeout").asBoolean(false),
                timeout.path("timeout").asString(null), refund.path("company_name").asString(null),
                refund.path("sid").asString(null), refund.path("cs_status").asInt(1),
                refund.path("cs_evidence_timeout").asString(null));
    }

    /**
     * taobao.refunds.receive.get: one page of the shop's refunds modified in {@code [start, end]}. The public field
     * list has no {@code refund_version} or {@code cs_status}; they are asked for (the sandbox has them) and read as 0
     * when absent. Accepts the list wrapped as TOP does ({@code refunds.refund[]}) or bare.
     */
    public ChangePage<TaobaoListedRefund> listRefunds(String shopId, Instant start, Instant end, int pageNo,
            int pageSize) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fields", LIST_FIELDS);
        params.put("start_modified", TaobaoWire.time(start));
        params.put("end_modified", TaobaoWire.time(end));
        params.put("page_no", Integer.toString(pageNo));
        params.put("page_size", Integer.toString(pageSize));
        params.put("use_has_next", "true");
        JsonNode response = call(shopId, "taobao.refunds.receive.get", params).path("refunds_receive_get_response");
        JsonNode refunds = response.path("refunds");
        List<TaobaoListedRefund> page = new ArrayList<>();
        for (JsonNode r : refunds.isArray() ? refunds : refunds.path("refund")) {
            page.add(new TaobaoListedRefund(r.path("refund_id").asString(), r.path("tid").asString(null),
                    r.path("seller_nick").asString(shopId), r.path("status").asString(""),
                    r.path("modified").asString(null), r.path("refund_version").asLong(0), r.path("cs_status").asInt(0),
                    r.path("refund_fee").asString(null), r.path("total_fee").asString(null),
                    r.path("payment").asString(null)));
        }
        return new ChangePage<>(page, response.path("has_next").asBoolean(false));
    }

    /** taobao.refund.messages.get: the refund's chat, oldest first. */
    public List<TaobaoChatMessage> getChat(String shopId, String refundId) {
        JsonNode messages = call(shopId, "taobao.refund.messages.get", Map.of("refund_id", refundId))
                .path("refund_messages_get_response").path("refund_messages");
        List<TaobaoChatMessage> chat = new ArrayList<>();
        for (JsonNode message : messages) {
            List<String> pics = new ArrayList<>();
            message.path("pic_urls").forEach(pic -> pics.add(pic.path("url").asString("")));
            chat.add(new TaobaoChatMessage(message.path("id").asLong(), message.path("owner_role").asString(""),
                    message.path("content").asString(""), pics, message.path("created").asString(null)));
        }
        return chat;
    }

    /** taobao.rp.refund.negotiation.get (sandbox method): the refund's negotiations, oldest first. */
    public List<TaobaoNegotiation> getNegotiations(String shopId, String refundId) {
        JsonNode negotiations = call(shopId, "taobao.rp.refund.negotiation.get", Map.of("refund_id", refundId))
                .path("rp_refund_negotiation_get_response").path("negotiations");
        List<TaobaoNegotiation> all = new ArrayList<>();
        for (JsonNode n : negotiations) {
            all.add(new TaobaoNegotiation(n.path("negotiation_id").asLong(), n.path("negotiate_type").asString(""),
                    n.path("refund_fee").asString(null), n.path("message").asString(""),
                    n.path("refund_version").asLong(0), n.path("status").asString(""),
                    n.path("accepted_fee").asString(null), n.path("answered").asString(null)));
        }
        return all;
    }

    /** taobao.rp.complaint.get (sandbox method). */
    public TaobaoComplaint getComplaint(String shopId, String complaintId) {
        JsonNode c = call(shopId, "taobao.rp.complaint.get", Map.of("complaint_id", complaintId))
                .path("rp_complaint_get_response").path("complaint");
        return new TaobaoComplaint(c.path("complaint_id").asString(complaintId), c.path("tid").asString(),
                c.path("seller_nick").asString(shopId), c.path("complaint_type").asString(null),
                c.path("created").asString(null), c.path("timeout").asString(null),
                c.path("status").asString("WAIT_SELLER_HANDLE"), c.path("modified").asString(null),
                c.path("promised_ship_time").asString(null), c.path("consign_time").asString(null),
                c.path("cs_status").asInt(1), c.path("cs_evidence_timeout").asString(null),
                c.path("cs_verdict").asString(null), c.path("seller_answer").asString(null),
                c.path("payment").asString(null));
    }

    /** taobao.refund.get, read for what the return stage shows (agreed address, extended receipt). */
    public TaobaoReturnStage getReturnStage(String shopId, String refundId) {
        JsonNode refund = call(shopId, "taobao.refund.get", Map.of("refund_id", refundId))
                .path("refund_get_response").path("refund");
        return new TaobaoReturnStage(refund.path("refund_id").asString(refundId), refund.path("status").asString(),
                refund.path("address").asString(null), refund.path("receipt_extended").asBoolean(false),
                refund.path("refund_version").asLong(0));
    }

    /** taobao.rp.returngoods.agree: the buyer may send the goods back to this address. */
    public DecisionOutcome agreeReturn(String shopId, String refundId, long version, String province, String city,
            String address, boolean sellerPaysPostage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("refund_version", Long.toString(version));
        params.put("province", province);
        params.put("city", city);
        if (address != null && !address.isBlank()) {
            params.put("address", address);
        }
        params.put("seller_pays_postage", Boolean.toString(sellerPaysPostage));
        return decision(refundId, call(shopId, "taobao.rp.returngoods.agree", params)
                .path("rp_returngoods_agree_response"));
    }

    /** taobao.exchange.consigngoods: the exchange's replacement is on its way (the request ends, nothing refunded). */
    public DecisionOutcome consignExchange(String shopId, String refundId, long version, String carrier,
            String trackingNo) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("refund_version", Long.toString(version));
        params.put("logistics_no", trackingNo);
        if (carrier != null && !carrier.isBlank()) {
            params.put("logistics_company", carrier);
        }
        return decision(refundId, call(shopId, "taobao.exchange.consigngoods", params)
                .path("exchange_consigngoods_response"));
    }

    /** taobao.rp.returngoods.extend (sandbox method): whole days as extend_days, anything else as an ISO duration. */
    public DecisionOutcome extendReceipt(String shopId, String refundId, long version, Duration extension) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("refund_version", Long.toString(version));
        if (extension.equals(Duration.ofDays(extension.toDays()))) {
            params.put("extend_days", Long.toString(extension.toDays()));
        } else {
            params.put("extend_duration", extension.toString());
        }
        return decision(refundId, call(shopId, "taobao.rp.returngoods.extend", params)
                .path("rp_returngoods_extend_response"));
    }

    /**
     * taobao.rdc.aligenius.sendgoods.cancel (AliGenius 取消发货): {@code param} is one JSON object (refund_id, tid,
     * status SUCCESS, refund_fee in fen, operate_time); the answer's {@code result} has success, error_code, error_info.
     */
    public DecisionOutcome cancelSendGoods(String shopId, String refundId, String orderId, long refundFen,
            Instant cancelledAt) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("refund_id", refundId);
        param.put("tid", orderId);
        param.put("status", "SUCCESS");
        param.put("refund_fee", refundFen);
        param.put("operate_time", TaobaoWire.time(cancelledAt));
        JsonNode result = call(shopId, "taobao.rdc.aligenius.sendgoods.cancel", Map.of("param",
                json.writeValueAsString(param))).path("rdc_aligenius_sendgoods_cancel_response").path("result");
        if (!result.has("success")) {
            throw new IllegalStateException("answer without result.success for " + refundId);
        }
        return new DecisionOutcome(refundId, result.path("success").asBoolean(false),
                result.path("error_code").asString(null), result.path("error_info").asString(""), false);
    }

    /** taobao.rp.evidence.upload (sandbox method) for a refund or a complaint ({@code subjectField} names which). */
    public DecisionOutcome uploadEvidence(String shopId, EvidenceSubject subject, String id, String evidence,
            String note) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(subject.field(), id);
        params.put("evidence", evidence);
        if (note != null && !note.isBlank()) {
            params.put("note", note);
        }
        return decision(id, call(shopId, "taobao.rp.evidence.upload", params).path("rp_evidence_upload_response"));
    }

    /** taobao.rp.evidence.get (sandbox method): the {@code evidence} of every pack uploaded, oldest first. */
    public List<String> getEvidence(String shopId, EvidenceSubject subject, String id) {
        JsonNode packs = call(shopId, "taobao.rp.evidence.get", Map.of(subject.field(), id))
                .path("rp_evidence_get_response").path("evidences");
        List<String> all = new ArrayList<>();
        packs.forEach(pack -> all.add(pack.path("evidence").asString("")));
        return all;
    }

    /** taobao.rp.complaint.answer (sandbox method); {@code evidence} may be empty for an acceptance. */
    public DecisionOutcome answerComplaint(String shopId, String complaintId, String answer, long compensationFen,
            String evidence, String note) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("complaint_id", complaintId);
        params.put("answer", answer);
        if (compensationFen > 0) {
            params.put("compensation_fee", TaobaoWire.yuan(compensationFen));
        }
        if (!evidence.isEmpty()) {
            params.put("evidence", evidence);
        }
        if (note != null && !note.isBlank()) {
            params.put("note", note);
        }
        return decision(complaintId, call(shopId, "taobao.rp.complaint.answer", params)
                .path("rp_complaint_answer_response"));
    }

    /** Whether an evidence pack is about a refund or a complaint, and so which ID parameter carries it. */
    public enum EvidenceSubject {
        REFUND("refund_id"), COMPLAINT("complaint_id");

        private final String field;

        EvidenceSubject(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** taobao.refund.refuse with the reason, its code and the evidence references. */
    public DecisionOutcome refuse(String shopId, String refundId, String reason, String reasonCode,
            List<String> proof, long version) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("refuse_reason", reason);
        params.put("refuse_reason_code", reasonCode);
        params.put("refuse_proof", String.join(",", proof));
        params.put("refund_version", Long.toString(version));
        params.put("refund_phase", "onsale");
        return decision(refundId, call(shopId, "taobao.refund.refuse", params).path("refund_refuse_response"));
    }

    /** taobao.rp.refund.negotiate (sandbox method); {@code amountFen} only for a partial refund. */
    public DecisionOutcome negotiate(String shopId, String refundId, String type, Long amountFen, String message,
            long version) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("refund_id", refundId);
        params.put("negotiate_type", type);
        if (amountFen != null) {
            params.put("refund_fee", TaobaoWire.yuan(amountFen));
        }
        params.put("message", message);
        params.put("refund_version", Long.toString(version));
        return decision(refundId, call(shopId, "taobao.rp.refund.negotiate", params)
                .path("rp_refund_negotiate_response"));
    }

    private static DecisionOutcome decision(String refundId, JsonNode result) {
        if (!result.has("succ")) {
            throw new IllegalStateException("answer without succ for " + refundId);
        }
        return outcome(refundId, result);
    }

    private static DecisionOutcome outcome(String refundId, JsonNode result) {
        return new DecisionOutcome(refundId, result.path("succ").asBoolean(false),
                result.path("sub_code").asString(null), result.path("message").asString(""), false);
    }

    public DecisionOutcome agree(String shopId, String refundId, long amountFen, long version, String phase) {
        String refundInfo = refundId + "|" + amountFen + "|" + version + "|" + phase;
        JsonNode results = call(shopId, "taobao.rp.refunds.agree", Map.of("refund_infos", refundInfo))
                .path("rp_refunds_agree_response").path("results");
        for (JsonNode result : results) {
            if (refundId.equals(result.path("refund_id").asString())) {
                return outcome(refundId, result);
            }
        }
        throw new IllegalStateException("agree answer without an entry for refund " + refundId);
    }

    public void addMessage(String shopId, String refundId, String content) {
        call(shopId, "taobao.refund.message.add", Map.of("refund_id", refundId, "content", content));
    }

    private JsonNode call(String session, String method, Map<String, String> methodParams) {
        Map<String, String> params = new LinkedHashMap<>(methodParams);
        params.put("method", method);
        params.put("app_key", properties.appKey());
        params.put("session", session);
        params.put("timestamp", TaobaoWire.time(clock.instant()));
        params.put("v", "2.0");
        params.put("format", "json");
        params.put("sign_method", "md5");
        params.put("sign", TopSignature.sign(params, properties.appSecret()));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        params.forEach(form::add);
        String body = top.call(http -> http.post().uri("/router/rest")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().onStatus(status -> status.is4xxClientError(), GuardedHttp.KEEP_ANSWER)
                .toEntity(String.class)).getBody();
        JsonNode answer = json.readTree(body == null ? "{}" : body);
        JsonNode error = answer.get("error_response");
        if (error != null) {
            throw new TaobaoApiException(error.path("code").asInt(), error.path("msg").asString(""),
                    error.path("sub_code").asString(null));
        }
        return answer;
    }
}
