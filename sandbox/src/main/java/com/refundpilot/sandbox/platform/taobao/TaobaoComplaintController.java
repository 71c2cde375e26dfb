package com.refundpilot.sandbox.platform.taobao;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Control API: the buyer files complaints, platform staff handle them; the oracle shows what the merchant answered.
 * The path names the platform, as for refunds; a complaint is found only under its own platform.
 */
@RestController
@RequestMapping("/sandbox/platforms/{platform}/complaints")
public class TaobaoComplaintController {

    private final ComplaintDesk complaints;

    public TaobaoComplaintController(ComplaintDesk complaints) {
        this.complaints = complaints;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ComplaintView file(@PathVariable String platform, @Valid @RequestBody CreateComplaintRequest request) {
        return complaints.file(SandboxPlatform.ofPath(platform), request);
    }

    @GetMapping("/{complaintId}")
    public ComplaintView get(@PathVariable String platform, @PathVariable String complaintId) {
        return complaints.get(SandboxPlatform.ofPath(platform), complaintId);
    }

    @PostMapping("/{complaintId}/intervention")
    public ComplaintView intervene(@PathVariable String platform, @PathVariable String complaintId,
            @Valid @RequestBody InterventionRequest request) {
        return complaints.intervene(SandboxPlatform.ofPath(platform), complaintId, request);
    }

    @PostMapping("/{complaintId}/verdict")
    public ComplaintView decide(@PathVariable String platform, @PathVariable String complaintId,
            @Valid @RequestBody VerdictRequest request) {
        return complaints.decide(SandboxPlatform.ofPath(platform), complaintId, request);
    }

    @PostMapping("/{complaintId}/deadline")
    public ComplaintView moveDeadline(@PathVariable String platform, @PathVariable String complaintId,
            @Valid @RequestBody DeadlineRequest request) {
        return complaints.moveDeadline(SandboxPlatform.ofPath(platform), complaintId, request);
    }
}
