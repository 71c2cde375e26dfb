package com.refundpilot.sandbox.platform.generic;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The generic open API's complaints: signed like every generic call; success is the complaint after the call. */
@RestController
@RequestMapping("/generic/v1/complaints")
class GenericComplaintController {

    private final GenericGate gate;
    private final GenericComplaintApi complaints;

    GenericComplaintController(GenericGate gate, GenericComplaintApi complaints) {
        this.gate = gate;
        this.complaints = complaints;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return complaints.get(id);
    }

    @GetMapping("/{id}/evidence")
    Map<String, Object> evidence(HttpServletRequest request, @PathVariable String id) {
        gate.admitRead(request);
        return complaints.evidence(id);
    }

    @PostMapping("/{id}/answer")
    Map<String, Object> answer(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return complaints.answer(id, gate.admitAction(request, body));
    }

    @PostMapping("/{id}/evidence")
    Map<String, Object> uploadEvidence(HttpServletRequest request, @PathVariable String id,
            @RequestBody(required = false) byte[] body) {
        return complaints.uploadEvidence(id, gate.admitAction(request, body));
    }
}
