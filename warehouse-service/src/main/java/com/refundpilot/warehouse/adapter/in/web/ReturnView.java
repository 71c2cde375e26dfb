package com.refundpilot.warehouse.adapter.in.web;

import com.refundpilot.warehouse.domain.ExpectedReturn;
import com.refundpilot.warehouse.domain.ReturnArrival;
import com.refundpilot.warehouse.domain.ReturnExpectation;
import com.refundpilot.warehouse.domain.ReturnInspection;
import java.time.Instant;
import java.util.List;

/** A return parcel as staff see it: the expectation in force, what was recorded, earlier cases' expectations. */
public record ReturnView(String trackingNo, String carrier, String caseId, OrderView order, String sku, int quantity,
        Instant expectedAt, ReturnArrival received, ReturnInspection inspection, List<EarlierView> earlier) {

    public record OrderView(String platform, String shopId, String orderId) {
    }

    /** An earlier case's expectation and what was recorded for it before another case took the waybill. */
    public record EarlierView(String caseId, OrderView order, String sku, int quantity, Instant expectedAt,
            ReturnArrival received, ReturnInspection inspection, Instant supersededAt) {
    }

    static ReturnView of(ExpectedReturn expected) {
        ReturnExpectation e = expected.expectation();
        List<EarlierView> earlier = expected.superseded().stream()
                .map(s -> new EarlierView(s.expectation().caseId(), order(s.expectation()), s.expectation().sku(),
                        s.expectation().quantity(), s.expectation().expectedAt(), s.arrival(), s.inspection(),
                        s.supersededAt()))
                .toList();
        return new ReturnView(expected.trackingNo(), e.carrier(), e.caseId(), order(e), e.sku(), e.quantity(),
                e.expectedAt(), expected.arrival(), expected.inspection(), earlier);
    }

    private static OrderView order(ReturnExpectation e) {
        return new OrderView(e.order().platform().name(), e.order().shopId(), e.order().orderId());
    }
}
