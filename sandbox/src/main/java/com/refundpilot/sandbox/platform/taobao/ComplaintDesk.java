package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The buyer files complaints (投诉) about orders; platform staff intervene, decide and move their deadlines. Each
 * change is pushed as its own message (in the complaint's platform's dialect) before the call answers.
 */
@Service
public class ComplaintDesk {

    private final TaobaoComplaints complaints;
    private final PlatformPusher pusher;
    private final TaobaoProperties properties;
    private final Clock clock;

    public ComplaintDesk(TaobaoComplaints complaints, PlatformPusher pusher, TaobaoProperties properties,
            Clock clock) {
        this.complaints = complaints;
        this.pusher = pusher;
        this.properties = properties;
        this.clock = clock;
    }

    public ComplaintView file(SandboxPlatform platform, CreateComplaintRequest request) {
        Instant now = clock.instant();
        Instant deadline = DeadlineIn.from(now, request.deadlineIn(), properties.defaultDeadline(), "deadlineIn");
        TaobaoComplaint complaint = complaints.add(new TaobaoComplaint(platform, request.complaintId(),
                request.shopId(), request.orderId(), request.kind(), now, deadline, request.promisedShipBy(),
                request.shippedAt(), request.orderPaidFen()));
        return pushed(complaint, TmcMessage.COMPLAINT_CREATED);
    }

    public ComplaintView get(SandboxPlatform platform, String complaintId) {
        return complaints.get(platform, complaintId).view(null);
    }

    public ComplaintView intervene(SandboxPlatform platform, String complaintId, InterventionRequest request) {
        TaobaoComplaint complaint = complaints.get(platform, complaintId);
        Instant now = clock.instant();
        complaint.intervene(DeadlineIn.from(now, request.evidenceDeadlineIn(), null, "evidenceDeadlineIn"), now);
        return pushed(complaint, TmcMessage.COMPLAINT_INTERVENED);
    }

    public ComplaintView decide(SandboxPlatform platform, String complaintId, VerdictRequest request) {
        if (request.verdictFor() == null) {
            throw new InvalidFieldException("for", "must not be null (MERCHANT or BUYER)");
        }
        TaobaoComplaint complaint = complaints.get(platform, complaintId);
        complaint.decide(request.verdictFor(), clock.instant());
        return pushed(complaint, TmcMessage.COMPLAINT_DECIDED);
    }

    public ComplaintView moveDeadline(SandboxPlatform platform, String complaintId, DeadlineRequest request) {
        TaobaoComplaint complaint = complaints.get(platform, complaintId);
        Instant now = clock.instant();
        complaint.moveDeadline(DeadlineIn.from(now, request.deadlineIn(), null, "deadlineIn"), now);
        return pushed(complaint, TmcMessage.COMPLAINT_TIMEOUT_CHANGED);
    }

    private ComplaintView pushed(TaobaoComplaint complaint, String topic) {
        int status = pusher.complaint(topic, complaint).deliver();
        return complaint.view(List.of(status));
    }
}
