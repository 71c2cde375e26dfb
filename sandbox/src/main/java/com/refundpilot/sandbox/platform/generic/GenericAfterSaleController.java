package com.refundpilot.sandbox.platform.generic;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The generic open API's after-sales (docs/generic-platform-protocol.md): every call signed, bodies taken as raw
 * bytes because the signature covers exactly those. Success is 200 with the after-sale object after the call.
 */
@RestController
@RequestMapping("/generic/v1/after-sales")
class GenericAfterSaleController {

    private final GenericGate gate;
    private final GenericAfterSaleReads reads;
    private final GenericAfterSaleActions actions;

    GenericAfterSaleController(GenericGate gate, GenericAfterSaleReads reads, GenericAfterSaleActions actions) {
        this.gate = gate;
        this.reads = reads;
        this.actions = actions;
    }

    @GetMapping
    Map<String, Object> list(HttpServletRequest request, @RequestParam(required = false) String shopId,
            @RequestParam(required = false) String updatedFrom, @RequestParam(required = false) String updatedTo,
            @RequestParam(required = false) String page, @RequestParam(required = false) String pageSize) {
        gate.admitRead(request);
        return reads.list(shopId, updatedFrom, updatedTo, page, pageSize);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return reads.afterSale(id);
    }

    @GetMapping("/{id}/messages")
    Map<String, Object> messages(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return reads.messages(id);
    }

    @GetMapping("/{id}/negotiations")
    Map<String, Object> negotiations(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return reads.negotiations(id);
    }

    @GetMapping("/{id}/evidence")
    Map<String, Object> evidence(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return reads.evidence(id);
    }

    @PostMapping("/{id}/agree")
    Map<String, Object> agree(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.agree(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/refuse")
    Map<String, Object> refuse(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.refuse(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/negotiate")
    Map<String, Object> negotiate(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.negotiate(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/agree-return")
    Map<String, Object> agreeReturn(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.agreeReturn(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/extend-receipt")
    Map<String, Object> extendReceipt(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.extendReceipt(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/shipment-cancelled")
    Map<String, Object> shipmentCancelled(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.shipmentCancelled(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/consign-exchange")
    Map<String, Object> consignExchange(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.consignExchange(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/evidence")
    Map<String, Object> uploadEvidence(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.uploadEvidence(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/messages")
    Map<String, Object> addMessage(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return actions.addMessage(id, gate.admitAction(request, body));
    }
}
