package com.refundpilot.sandbox.platform.taobao;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** The buyer files complaints (投诉) about orders; each is pushed as its own TMC message. */
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
                request.orderId(), request.kind(), now, deadline));
        int status = pusher.push(messages.complaintCreated(request.complaintId(), request.shopId(), request.orderId()));
        return complaint.view(List.of(status));
    }

    public ComplaintView get(String complaintId) {
        return complaints.get(complaintId).view(null);
    }
}
