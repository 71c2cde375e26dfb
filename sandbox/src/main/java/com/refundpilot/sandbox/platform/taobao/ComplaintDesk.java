package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The buyer files complaints (投诉) about orders; platform staff intervene, decide and move their deadlines. Each
 * change is pushed as its own TMC message before the call answers.
 */
@Service
public class ComplaintDesk {

    private final TaobaoComplaints complaints;
    private final TmcMessageFactory messages;
    private final TaobaoWebhookPusher pusher;
    private final TaobaoProperties properties;
    private final Clock clock;

    public ComplaintDesk(TaobaoComplaints complaints, TmcMessageFactory messages, TaobaoWebhookPusher pusher,
            TaobaoProperties properties, Clock clock) {
        this.complaints = complaints;
        this.messages = messages;
        this.pusher = pusher;
        this.properties = properties;
        this.clock = clock;
    }

    public ComplaintView file(CreateComplaintRequest request) {
        Instant now = clock.instant();
        Instant deadline = DeadlineIn.from(now, request.deadlineIn(), properties.defaultDeadline(), "deadlineIn");
        TaobaoComplaint complaint = complaints.add(new TaobaoComplaint(request.complaintId(), request.shopId(),
                request.orderId(), request.kind(), now, deadline, request.promisedShipBy(), request.shippedAt(),
                request.orderPaidFen()));
        return pushed(complaint, TmcMessage.COMPLAINT_CREATED);
    }

    public ComplaintView get(String complaintId) {
        return complaints.get(complaintId).view(null);
    }

    public ComplaintView intervene(String complaintId, InterventionRequest request) {
        TaobaoComplaint complaint = complaints.get(complaintId);
        Instant now = clock.instant();
        complaint.intervene(DeadlineIn.from(now, request.evidenceDeadlineIn(), null, "evidenceDeadlineIn"), now);
        return pushed(complaint, TmcMessage.COMPLAINT_INTERVENED);
    }

    public ComplaintView decide(String complaintId, VerdictRequest request) {
        if (request.verdictFor() == null) {
            throw new InvalidFieldException("for", "must not be null (MERCHANT or BUYER)");
        }
        TaobaoComplaint complaint = complaints.get(complaintId);
        complaint.decide(request.verdictFor(), clock.instant());
        return pushed(complaint, TmcMessage.COMPLAINT_DECIDED);
    }

    public ComplaintView moveDeadline(String complaintId, DeadlineRequest request) {
        TaobaoComplaint complaint = complaints.get(complaintId);
        Instant now = clock.instant();
        complaint.moveDeadline(DeadlineIn.from(now, request.deadlineIn(), null, "deadlineIn"), now);
        return pushed(complaint, TmcMessage.COMPLAINT_TIMEOUT_CHANGED);
    }

    private ComplaintView pushed(TaobaoComplaint complaint, String topic) {
        int status = pusher.push(messages.complaint(topic, complaint.complaintId(), complaint.shopId(),
                complaint.orderId()));
        return complaint.view(List.of(status));
    }
}
