package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ReturnReceived;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aggregate of a return parcel, by its tracking number: the case that expects it and what staff recorded
 * (one arrival, one inspection). When another case expects the same waybill, the latest expectation wins and
 * the earlier one is kept with whatever was recorded for it. Pure Java, like {@link WarehouseOrder}.
 */
public final class ExpectedReturn {

    /** Earlier expectations are for people: a waybill reused more often than this is not a normal case. */
    static final int SUPERSEDED_KEPT = 20;

    /** What an ExpectReturn did. */
    public enum Expected { NEW, SAME_CASE, RETIED }

    private String trackingNo;
    private ReturnExpectation expectation;
    private ReturnArrival arrival;
    private ReturnInspection inspection;
    private List<SupersededExpectation> superseded = new ArrayList<>();

    private ExpectedReturn() {
        // for the persistence mapper
    }

    public static ExpectedReturn of(String trackingNo, ReturnExpectation expectation) {
        var expected = new ExpectedReturn();
        expected.trackingNo = Objects.requireNonNull(trackingNo, "trackingNo");
        expected.expectation = Objects.requireNonNull(expectation, "expectation");
        return expected;
    }

    /**
     * The same case again refreshes the goods and quantity and keeps what was recorded; another case takes
     * the waybill over and starts unrecorded, the earlier expectation kept with its records.
     */
    public Expected expect(ReturnExpectation next, Instant now) {
        if (next.caseId().equals(expectation.caseId())) {
            expectation = new ReturnExpectation(next.order(), next.caseId(), next.carrier(), next.sku(),
                    next.quantity(), expectation.expectedAt());
            return Expected.SAME_CASE;
        }
        superseded.add(new SupersededExpectation(expectation, arrival, inspection, now));
        if (superseded.size() > SUPERSEDED_KEPT) {
            superseded.remove(0);
        }
        expectation = next;
        arrival = null;
        inspection = null;
        return Expected.RETIED;
    }

    /** Throws when the arrival cannot be recorded: it already was. Changes nothing. */
    public void checkArrival() {
        if (arrival != null) {
            throw new ReturnRefusedException(ReturnRefusedException.ALREADY_RECEIVED, "return " + trackingNo
                    + " was received at " + arrival.receivedAt() + " for case " + expectation.caseId());
        }
    }

    public ReturnReceived receive(String receivedBy, String erp, Instant now) {
        checkArrival();
        arrival = new ReturnArrival(now, receivedBy, erp);
        return new ReturnReceived(expectation.order(), expectation.caseId(), trackingNo, now);
    }

    /** The pieces that came back, once the report passed every check; throws and changes nothing otherwise. */
    public int checkInspection(InspectionReport report) {
        if (inspection != null) {
            throw new ReturnRefusedException(ReturnRefusedException.ALREADY_INSPECTED, "return " + trackingNo
                    + " was inspected at " + inspection.inspectedAt() + " (" + inspection.result() + ")");
        }
        return report.checkedAgainst(expectation.quantity());
    }

    /**
     * Records the inspection, and the arrival first when nobody recorded it (staff often do both at once, the
     * inspector receiving it): the events in the order they happened. {@code erpArrival} is only read then.
     */
    public List<Event> inspect(InspectionReport report, String erpArrival, String erpInspection, Instant now) {
        int received = checkInspection(report);
        List<Event> events = new ArrayList<>();
        if (arrival == null) {
            events.add(receive(report.inspectedBy(), erpArrival, now));
        }
        inspection = new ReturnInspection(report.result(), received, report.photoUrls(), report.notes(),
                report.inspectedBy(), now, erpInspection);
        events.add(new ReturnInspected(expectation.order(), expectation.caseId(), trackingNo, report.result(), received,
                report.photoUrls(), report.notes(), now));
        return events;
    }

    public boolean received() {
        return arrival != null;
    }

    public String trackingNo() {
        return trackingNo;
    }

    public ReturnExpectation expectation() {
        return expectation;
    }

    /** Null until staff record the arrival. */
    public ReturnArrival arrival() {
        return arrival;
    }

    /** Null until staff record the inspection. */
    public ReturnInspection inspection() {
        return inspection;
    }

    /** Earlier cases' expectations of this waybill, oldest first. */
    public List<SupersededExpectation> superseded() {
        return List.copyOf(superseded);
    }
}
