package com.refundpilot.sandbox.platform.taobao;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOP's single entry point {@code POST /router/rest}: system parameters and the request signature
 * are checked here, then the named method runs. Every error is an {@code error_response} with HTTP 200.
 */
@RestController
public class TopRouterController {

    private final TaobaoProperties properties;
    private final TopRefundApi api;
    private final TopDisputeApi disputes;
    private final TopComplaintApi complaints;
    private final TopReturnApi returns;
    private final TopEvidenceApi evidence;
    private final TaobaoMetrics metrics;
    private final TaobaoRefunds refundBook;
    private final TaobaoComplaints complaintBook;
    private final TopRefundListApi list;

    public TopRouterController(TaobaoProperties properties, TopRefundApi api, TopDisputeApi disputes,
            TopComplaintApi complaints, TopReturnApi returns, TopEvidenceApi evidence, TaobaoMetrics metrics,
            TaobaoRefunds refundBook, TaobaoComplaints complaintBook, TopRefundListApi list) {
        this.refundBook = refundBook;
        this.complaintBook = complaintBook;
        this.list = list;
        this.returns = returns;
        this.evidence = evidence;
        this.metrics = metrics;
        this.properties = properties;
        this.api = api;
        this.disputes = disputes;
        this.complaints = complaints;
    }

    @PostMapping(path = "/router/rest", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> route(@RequestParam Map<String, String> params) {
        String method = present(params, "method", 21, "Missing method");
        String appKey = present(params, "app_key", 28, "Missing app key");
        if (!appKey.equals(properties.appKey())) {
            throw new TopApiException(29, "Invalid app Key");
        }
        present(params, "sign", 24, "Missing signature");
        String signMethod = params.get("sign_method");
        if (signMethod != null && !signMethod.isEmpty() && !"md5".equalsIgnoreCase(signMethod)) {
            throw TopApiException.invalidParameter("sign_method", "only md5 is supported");
        }
        if (!TopSigner.verify(properties.appSecret(), params)) {
            throw new TopApiException(25, "Invalid signature");
        }
        String timestamp = present(params, "timestamp", 30, "Missing timestamp");
        if (TaobaoWire.parseTime(timestamp).isEmpty()) {
            throw new TopApiException(31, "Invalid timestamp");
        }
        String version = present(params, "v", 32, "Missing version");
        if (!"2.0".equals(version)) {
            throw new TopApiException(34, "Unsupported version");
        }
        String format = params.get("format");
        if (format != null && !format.isEmpty() && !"json".equals(format)) {
            throw new TopApiException(23, "Invalid format");
        }
        String shopId = present(params, "session", 26, "Missing session");
        metrics.methodCalled(calledFor(params, shopId), method);
        return switch (method) {
            case "taobao.refund.get" -> api.getRefund(shopId, params);
            case "taobao.refunds.receive.get" -> list.receiveGet(shopId, params);
            case "taobao.rp.refunds.agree" -> api.agree(shopId, params);
            case "taobao.refund.message.add" -> api.addMessage(shopId, params);
            case "taobao.refund.messages.get" -> api.messages(shopId, params);
            case "taobao.refund.refuse" -> disputes.refuse(shopId, params);
            case "taobao.rp.refund.negotiate" -> disputes.negotiate(shopId, params);
            case "taobao.rp.refund.negotiation.get" -> disputes.negotiations(shopId, params);
            case "taobao.rp.complaint.get" -> complaints.get(shopId, params);
            case "taobao.rp.complaint.answer" -> complaints.answer(shopId, params);
            case "taobao.rp.returngoods.agree" -> returns.agree(shopId, params);
            case "taobao.exchange.consigngoods" -> returns.consignExchange(shopId, params);
            case "taobao.rp.returngoods.extend" -> returns.extend(shopId, params);
            case "taobao.rdc.aligenius.sendgoods.cancel" -> returns.cancelSendGoods(shopId, params);
            case "taobao.rp.evidence.upload" -> evidence.upload(shopId, params);
            case "taobao.rp.evidence.get" -> evidence.get(shopId, params);
            default -> throw new TopApiException(22, "Invalid method");
        };
    }

    @ExceptionHandler(TopApiException.class)
    public Map<String, Object> topError(TopApiException error) {
        return error.toResponse();
    }

    /**
     * The TOP platform a call is counted for: its subject's (Tmall's refunds are called over TOP too; a batch by
     * its first entry), Taobao's when the subject is unknown.
     */
    private SandboxPlatform calledFor(Map<String, String> params, String shopId) {
        String refundId = params.get("refund_id");
        String infos = params.get("refund_infos");
        if (refundId == null && infos != null) {
            refundId = infos.split("[|,]", 2)[0].trim();
        }
        String complaintId = params.get("complaint_id");
        Optional<SandboxPlatform> subject = refundId != null
                ? refundBook.findForShop(refundId, shopId).map(TaobaoRefund::platform)
                : complaintId != null ? complaintBook.findForShop(complaintId, shopId).map(TaobaoComplaint::platform)
                : Optional.empty();
        return subject.orElse(SandboxPlatform.TAOBAO);
    }

    private static String present(Map<String, String> params, String name, int code, String msg) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw new TopApiException(code, msg);
        }
        return value;
    }
}
