package com.refundpilot.sandbox.platform.douyin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Douyin open API on the sandbox, below {@code /douyin} (the real base is openapi-fxg.jinritemai.com): every call
 * is a signed POST whose body is {@code param_json}, taken as raw bytes because the signature covers exactly those.
 * Success and refusal are both HTTP 200 answers ({@link DouyinAnswers}).
 */
@RestController
@RequestMapping("/douyin")
class DouyinOpenApiController {

    private final DouyinGate gate;
    private final DouyinAfterSaleApi afterSales;
    private final DouyinOperations operations;
    private final DouyinComplaintApi complaints;
    private final DouyinAfterSaleList list;

    DouyinOpenApiController(DouyinGate gate, DouyinAfterSaleApi afterSales, DouyinOperations operations,
            DouyinComplaintApi complaints, DouyinAfterSaleList list) {
        this.gate = gate;
        this.afterSales = afterSales;
        this.operations = operations;
        this.complaints = complaints;
        this.list = list;
    }

    @PostMapping("/afterSale/List")
    Map<String, Object> list(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.List", body, list::list);
    }

    @PostMapping("/afterSale/Detail")
    Map<String, Object> detail(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.Detail", body, afterSales::detail);
    }

    @PostMapping("/afterSale/operate")
    Map<String, Object> operate(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.operate", body, operations::operate);
    }

    @PostMapping("/afterSale/timeExtend")
    Map<String, Object> timeExtend(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.timeExtend", body, afterSales::timeExtend);
    }

    @PostMapping("/afterSale/CancelSendGoodsSuccess")
    Map<String, Object> cancelSendGoodsSuccess(HttpServletRequest request,
            @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.CancelSendGoodsSuccess", body, afterSales::cancelSendGoodsSuccess);
    }

    @PostMapping("/afterSale/submitEvidence")
    Map<String, Object> submitEvidence(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.submitEvidence", body, afterSales::submitEvidence);
    }

    /** Sandbox assumption. */
    @PostMapping("/afterSale/negotiate")
    Map<String, Object> negotiate(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.negotiate", body, afterSales::negotiate);
    }

    /** Sandbox assumption. */
    @PostMapping("/afterSale/negotiationList")
    Map<String, Object> negotiationList(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.negotiationList", body, afterSales::negotiationList);
    }

    /** Sandbox assumption. */
    @PostMapping("/afterSale/messageList")
    Map<String, Object> messageList(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.messageList", body, afterSales::messageList);
    }

    /** Sandbox assumption. */
    @PostMapping("/afterSale/messageAdd")
    Map<String, Object> messageAdd(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "afterSale.messageAdd", body, afterSales::messageAdd);
    }

    /** Sandbox assumption. */
    @PostMapping("/complaint/detail")
    Map<String, Object> complaint(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "complaint.detail", body, complaints::detail);
    }

    /** Sandbox assumption. */
    @PostMapping("/complaint/answer")
    Map<String, Object> answerComplaint(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "complaint.answer", body, complaints::answer);
    }

    /** Sandbox assumption. */
    @PostMapping("/complaint/submitEvidence")
    Map<String, Object> complaintEvidence(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return call(request, "complaint.submitEvidence", body, complaints::submitEvidence);
    }

    private Map<String, Object> call(HttpServletRequest request, String method, byte[] body,
            Function<DouyinCall, Map<String, Object>> work) {
        return DouyinAnswers.success(work.apply(gate.admit(request, method, body)));
    }
}
