package com.refundpilot.platform.domain.generic;

import com.refundpilot.platform.wire.generic.GenericJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.wire.generic.GenericJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generic pushes → canonical events: what each type means, and what is dropped (with its reason) instead. */
class GenericNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final GenericNormalizer normalizer = new GenericNormalizer(Duration.ofHours(72),
            Set.of(PlatformAction.AGREE_REFUND));

    private static String afterSale(String status, String extra) {
        return "{\"afterSaleId\":\"G1\",\"orderId\":\"T1\",\"type\":\"REFUND_ONLY\",\"status\":\"" + status
                + "\",\"version\":3,\"amountFen\":5000,\"updatedAt\":\"2026-12-01T09:00:00Z\"" + extra + "}";
    }

    private Normalized normalize(String type, String afterSale, String extra) {
        String body = "{\"eventId\":\"e\",\"type\":\"" + type + "\",\"shopId\":\"s\",\"afterSale\":" + afterSale
                + extra + "}";
        return normalizer.normalize(GenericJson.push(body.getBytes(StandardCharsets.UTF_8)), NOW);
    }

    @Test
    void aCreatedRequestWithoutADeadlineGetsTheDefaultFromItsCreationTime() {
        var events = normalize("after_sale.created", afterSale("WAITING_MERCHANT",
                ",\"createdAt\":\"2026-12-01T08:00:00Z\""), "").events();

        var requested = (com.refundpilot.contracts.events.RefundRequested) events.get(0);
        assertThat(requested.deadline()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(requested.orderPaidFen()).isEqualTo(5000);
        assertThat(requested.platformVersion()).isEqualTo(3);
    }

    @Test
    void aCreatedOrModifiedRequestThatNoLongerWaitsOnTheMerchantIsDropped() {
        assertThat(normalize("after_sale.created", afterSale("REFUNDED", ""), "").dropReason())
                .contains("no longer waits");
        assertThat(normalize("after_sale.modified", afterSale("WAITING_MERCHANT", ""), "").events().get(0))
                .isInstanceOf(RefundModified.class);
    }

    @Test
    void aReturnShipmentCarriesItsWaybillAndTheReceiptDeadline() {
        var shipped = (ReturnShipped) normalize("after_sale.return_shipped", afterSale("WAITING_MERCHANT_RECEIPT",
                ",\"returnWaybill\":{\"carrier\":\"SF\",\"trackingNo\":\"SF1\"},\"deadline\":\"2026-12-11T09:00:00Z\""),
                "").events().get(0);

        assertThat(shipped.trackingNo()).isEqualTo("SF1");
        assertThat(shipped.deadline()).isEqualTo(Instant.parse("2026-12-11T09:00:00Z"));
        assertThat(normalize("after_sale.return_shipped", afterSale("WAITING_MERCHANT_RECEIPT", ""), "").dropReason())
                .contains("no return waybill");
    }

    @Test
    void aRefundDecidedByStaffIsTheirVerdictThenThePayment() {
        var decided = normalize("after_sale.refunded", afterSale("REFUNDED",
                ",\"refundedFen\":4000,\"intervention\":{\"status\":\"DECIDED\",\"decidedFor\":\"BUYER\"}"), "").events();
        var plain = normalize("after_sale.refunded", afterSale("REFUNDED", ""), "").events();

        assertThat(decided).hasSize(2);
        assertThat(((PlatformVerdict) decided.get(0)).forMerchant()).isFalse();
        assertThat(((PlatformRefundSettled) decided.get(1)).refundedFen()).isEqualTo(4000);
        assertThat(((PlatformRefundSettled) plain.get(0)).refundedFen()).isEqualTo(5000);
    }

    @Test
    void aClosedRequestIsASettlementUnlessStaffDecidedIt() {
        var closed = normalize("after_sale.closed", afterSale("CLOSED", ""), "").events().get(0);
        var won = normalize("after_sale.closed", afterSale("CLOSED",
                ",\"intervention\":{\"status\":\"DECIDED\",\"decidedFor\":\"MERCHANT\"}"), "").events().get(0);

        assertThat(((PlatformRefundSettled) closed).settlement()).isEqualTo(PlatformRefundSettled.Settlement.CLOSED);
        assertThat(((PlatformVerdict) won).forMerchant()).isTrue();
    }

    @Test
    void anAcceptedPartialRefundNamesTheAmountAndAPendingOneIsDropped() {
        String answered = ",\"negotiation\":{\"negotiationId\":\"n1\",\"kind\":\"PARTIAL_REFUND\",\"amountFen\":3000,"
                + "\"status\":\"ACCEPTED\",\"acceptedFen\":2500,\"proposedAtVersion\":2}";
        var accepted = (NegotiationAnswered) normalize("after_sale.negotiation_answered",
                afterSale("WAITING_MERCHANT", ""), answered).events().get(0);

        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.amountFen()).isEqualTo(2500);
        assertThat(normalize("after_sale.negotiation_answered", afterSale("WAITING_MERCHANT", ""),
                answered.replace("ACCEPTED", "PENDING")).dropReason()).contains("not answered");
    }

    @Test
    void aDeadlineChangeNeedsARunningDeadlineAndUnknownTypesAreDropped() {
        var changed = (DeadlineChanged) normalize("after_sale.deadline_changed", afterSale("WAITING_MERCHANT",
                ",\"deadline\":\"2026-12-02T09:00:00Z\""), "").events().get(0);

        assertThat(changed.deadline()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(normalize("after_sale.deadline_changed", afterSale("WAITING_MERCHANT", ""), "").dropReason())
                .contains("no running deadline");
        assertThat(normalize("after_sale.teleported", afterSale("WAITING_MERCHANT", ""), "").dropReason())
                .contains("unknown push type");
        assertThat(normalize("after_sale.created", afterSale("WAITING_MERCHANT", "")
                .replace("REFUND_ONLY", "BARTER"), "").dropReason()).contains("unknown after-sale type BARTER");
    }

    @Test
    void aFiledComplaintCarriesTheShipTimesForCp1() {
        String body = "{\"eventId\":\"e\",\"type\":\"complaint.created\",\"shopId\":\"s\",\"complaint\":{"
                + "\"complaintId\":\"C1\",\"orderId\":\"T1\",\"kind\":\"LATE_SHIPMENT\",\"status\":\"WAITING_MERCHANT\","
                + "\"createdAt\":\"2026-12-01T08:00:00Z\",\"promisedShipAt\":\"2026-11-29T08:00:00Z\","
                + "\"shippedAt\":\"2026-11-30T08:00:00Z\",\"orderPaidFen\":9900}}";

        var filed = (ComplaintFiled) normalizer.normalize(GenericJson.push(body.getBytes(StandardCharsets.UTF_8)), NOW)
                .events().get(0);

        assertThat(filed.order().shopId()).isEqualTo("s");
        assertThat(filed.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(filed.deadline()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(filed.shippedAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(filed.orderPaidFen()).isEqualTo(9900);
    }
}
