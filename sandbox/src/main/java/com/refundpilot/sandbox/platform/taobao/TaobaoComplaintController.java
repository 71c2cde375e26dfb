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

/** Control API: the buyer files complaints; the oracle shows what the merchant answered. */
@RestController
@RequestMapping("/sandbox/platforms/taobao/complaints")
public class TaobaoComplaintController {

    private final ComplaintDesk complaints;

    public TaobaoComplaintController(ComplaintDesk complaints) {
        this.complaints = complaints;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ComplaintView file(@Valid @RequestBody CreateComplaintRequest request) {
        return complaints.file(request);
    }

    @GetMapping("/{complaintId}")
    public ComplaintView get(@PathVariable String complaintId) {
        return complaints.get(complaintId);
    }
}
