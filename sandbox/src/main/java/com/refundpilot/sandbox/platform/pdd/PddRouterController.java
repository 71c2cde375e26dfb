package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PDD's single entry point {@code POST /pdd/api/router} (the real gw-api.pinduoduo.com/api/router): the public
 * parameters and the signature are checked here, then the method named by {@code type} runs. Every refusal of the
 * request itself is an {@code error_response} with HTTP 200, as PDD answers.
 */
@RestController
class PddRouterController {

    private final PddProperties properties;
    private final PddRefundApi refunds;
    private final PddRefundList list;
    private final PddComplaintApi complaints;
    private final TaobaoMetrics metrics;

    PddRouterController(PddProperties properties, PddRefundApi refunds, PddRefundList list,
            PddComplaintApi complaints, TaobaoMetrics metrics) {
        this.properties = properties;
        this.refunds = refunds;
        this.list = list;
        this.complaints = complaints;
        this.metrics = metrics;
    }

    @PostMapping(path = "/pdd/api/router", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> route(@RequestParam Map<String, String> raw) {
        PddParams params = new PddParams(raw);
        String clientId = params.optional("client_id");
        if (clientId == null || !clientId.equals(properties.clientId())) {
            throw new PddApiException(PddApiException.CLIENT_ID, "client_id 不存在");
        }
        if (params.optional("sign") == null || !PddSigner.requestMatches(properties.clientSecret(), raw)) {
            throw new PddApiException(PddApiException.SIGNATURE, "签名错误");
        }
        String type = params.required("type");
        params.requiredLong("timestamp");
        String mall = params.optional("access_token");
        if (mall == null) {
            throw new PddApiException(PddApiException.ACCESS_TOKEN, "access_token 缺失");
        }
        metrics.methodCalled(SandboxPlatform.PINDUODUO, type);
        return switch (type) {
            case "pdd.refund.information.get" -> refunds.information(mall, params);
            case "pdd.refund.list.increment.get" -> list.increment(mall, params);
            case "pdd.refund.message.list" -> refunds.messages(mall, params);
            case "pdd.refund.negotiation.get" -> refunds.negotiations(mall, params);
            case "pdd.refund.agree" -> refunds.agree(mall, params);
            case "pdd.refund.refuse" -> refunds.refuse(mall, params);
            case "pdd.refund.negotiate" -> refunds.negotiate(mall, params);
            case "pdd.refund.returngoods.agree" -> refunds.agreeReturn(mall, params);
            case "pdd.refund.returngoods.extend" -> refunds.extendReceipt(mall, params);
            case "pdd.refund.exchange.shipping" -> refunds.exchangeShipping(mall, params);
            case "pdd.rdc.pddgenius.sendgoods.cancel" -> refunds.cancelSendGoods(mall, params);
            case "pdd.refund.message.send" -> refunds.sendMessage(mall, params);
            case "pdd.refund.evidence.upload" -> uploadEvidence(mall, params);
            case "pdd.refund.evidence.get" -> evidence(mall, params);
            case "pdd.complaint.information.get" -> complaints.information(mall, params);
            case "pdd.complaint.answer" -> complaints.answer(mall, params);
            default -> throw new PddApiException(PddApiException.UNKNOWN_TYPE, "type 不存在: " + type);
        };
    }

    @ExceptionHandler(PddApiException.class)
    Map<String, Object> refused(PddApiException error) {
        return error.toResponse();
    }

    /** Evidence goes to the after-sale named ({@code after_sales_id} + {@code order_sn}) or to the complaint. */
    private Map<String, Object> uploadEvidence(String mall, PddParams params) {
        String complaintId = complaintIdOf(params);
        List<EvidenceUpload.Item> items = params.evidence("evidence", true);
        String note = Objects.requireNonNullElse(params.optional("note"), "");
        return complaintId != null ? complaints.uploadEvidence(mall, complaintId, items, note)
                : refunds.uploadEvidence(mall, params, items, note);
    }

    private Map<String, Object> evidence(String mall, PddParams params) {
        String complaintId = complaintIdOf(params);
        return complaintId != null ? complaints.evidence(mall, complaintId) : refunds.evidence(mall, params);
    }

    private static String complaintIdOf(PddParams params) {
        String complaintId = params.optional("complaint_id");
        String afterSalesId = params.optional("after_sales_id");
        if (complaintId != null && afterSalesId != null) {
            throw PddApiException.invalidParameter("complaint_id", "give after_sales_id or complaint_id, not both");
        }
        if (complaintId == null && afterSalesId == null) {
            throw PddApiException.missingParameter("after_sales_id");
        }
        return complaintId;
    }
}
