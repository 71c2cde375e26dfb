package com.refundpilot.refund.domain;

import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A complaint (投诉) about an order: a case of its own (refund-sop-spec §9), {@code caseId = platform:shop:complaintId},
 * decided in the same order file as the order's refunds. Open until answered (or the platform decides).
 */
public final class ComplaintCase {

    /** Where a complaint stands; an answer in flight is sent once. */
    public enum State { OPEN, ANSWERING, CLOSED }

    private String caseId;
    private String complaintId;
    private String kind;
    private Instant filedAt;
    private Instant deadline;
    private Instant promisedShipBy;
    private Instant shippedAt;
    private State state;
    private String pendingActionKey;
    private String pendingRuleId;
    private long compensationFen;
    private CaseOutcome outcome;
    private Instant closedAt;
    private List<Decision> decisions = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();

    private ComplaintCase() {
        // for the persistence mapper
    }

    static ComplaintCase file(ComplaintFiled filed, Instant now) {
        var c = new ComplaintCase();
        c.caseId = filed.caseId();
        c.complaintId = filed.complaintId();
        c.kind = filed.kind();
        c.filedAt = filed.filedAt();
        c.deadline = filed.deadline();
        c.promisedShipBy = filed.promisedShipBy();
        c.shippedAt = filed.shippedAt();
        c.state = State.OPEN;
        c.note(now, "COMPLAINT_FILED", filed.kind() + ", answer due " + filed.deadline());
        return c;
    }

    void decide(Instant now, String ruleId, Map<String, String> facts, List<String> actions, String summary) {
        decisions.add(new Decision(now, ruleId, facts, actions, summary));
        note(now, "DECISION", ruleId + ": " + summary);
    }

    void note(Instant now, String kind, String detail) {
        timeline.add(new TimelineEntry(now, kind, detail));
    }

    void answering(String actionKey, String ruleId, long compensation) {
        requireOpen();
        state = State.ANSWERING;
        pendingActionKey = actionKey;
        pendingRuleId = ruleId;
        compensationFen = compensation;
    }

    void close(CaseOutcome result, Instant now) {
        if (state == State.CLOSED) {
            throw new IllegalStateException("complaint " + complaintId + " is closed already");
        }
        state = State.CLOSED;
        outcome = result;
        pendingActionKey = null;
        closedAt = now;
    }

    private void requireOpen() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("complaint " + complaintId + " is closed");
        }
    }

    public String caseId() {
        return caseId;
    }

    public String complaintId() {
        return complaintId;
    }

    public String kind() {
        return kind;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant promisedShipBy() {
        return promisedShipBy;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public State state() {
        return state;
    }

    public boolean isOpen() {
        return state != State.CLOSED;
    }

    public String pendingActionKey() {
        return pendingActionKey;
    }

    public String pendingRuleId() {
        return pendingRuleId;
    }

    public long compensationFen() {
        return compensationFen;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }
}
