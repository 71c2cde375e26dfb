package com.refundpilot.notification.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.vocabulary.CaseOutcome;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RP-3 aggregation in plain Java: what counts, per shop and per SKU, once, on which local day. */
class DailyReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.parse("2026-11-11");
    /** 10:00 in Shanghai on DAY. */
    private static final Instant MORNING = Instant.parse("2026-11-11T02:00:00Z");
    private static final OrderRef ORDER = new OrderRef(Platform.TAOBAO, "shop-1", "T1");
    private static final ShopDay SHOP_DAY = new ShopDay(Platform.TAOBAO, "shop-1", DAY);

    private final ReportEvents events = new ReportEvents(SHANGHAI);
    private final DailyTally tally = DailyTally.empty(SHOP_DAY);

    private static CaseOpened opened(String refundId, String sku, RefundReason reason, long fen) {
        return new CaseOpened(ORDER, ORDER.caseIdOf(refundId), refundId, RefundType.REFUND_ONLY, reason, fen,
                MORNING.plus(Duration.ofDays(2)), sku);
    }

    private static CaseClosed closed(String refundId, CaseOutcome outcome, long fen, Duration took,
            Boolean recovered, Boolean automated) {
        return new CaseClosed(ORDER, ORDER.caseIdOf(refundId), outcome, fen, "NS-1", took, recovered, automated);
    }

    private DailyReport report() {
        return report(List.of());
    }

    private DailyReport report(List<ClaimRecord> claims) {
        return DailyReport.of(tally, claims, "Asia/Shanghai");
    }

    private void refund(String id, String sku, RefundReason reason, long fen, Duration took, Boolean recovered,
            Boolean automated) {
        CaseFacts facts = new CaseFacts(sku, reason);
        tally.apply(events.opened("open-" + id, MORNING, opened(id, sku, reason, fen)));
        tally.apply(events.closed("close-" + id, MORNING, closed(id, CaseOutcome.REFUNDED, fen, took, recovered,
                automated), facts));
    }

    @Test
    void requestsAndRefundsAreCountedWithTheirAmountsAndReasonsPerShopAndPerSku() {
        refund("R1", "SKU-A", RefundReason.QUALITY, 59_900, Duration.ofMinutes(5), true, true);
        refund("R2", "SKU-A", RefundReason.NOT_WANTED, 10_000, Duration.ofMinutes(7), true, true);
        refund("R3", "SKU-B", RefundReason.QUALITY, 20_000, Duration.ofHours(3), true, false);
        tally.apply(events.opened("open-R4", MORNING, opened("R4", "SKU-B", RefundReason.NOT_WANTED, 5_000)));

        DailyReport report = report();
        Figures shop = report.shop();
        assertThat(shop.requests().count()).isEqualTo(4);
        assertThat(shop.requests().amountFen()).isEqualTo(94_900);
        assertThat(shop.requests().byReason()).containsExactlyInAnyOrderEntriesOf(
                Map.of("QUALITY", 2L, "NOT_WANTED", 2L));
        assertThat(shop.refunds().count()).isEqualTo(3);
        assertThat(shop.refunds().amountFen()).isEqualTo(89_900);
        assertThat(shop.refunds().byReason()).containsExactlyInAnyOrderEntriesOf(
                Map.of("QUALITY", 2L, "NOT_WANTED", 1L));
        assertThat(shop.outcomes()).containsExactlyInAnyOrderEntriesOf(Map.of("REFUNDED", 3L));

        assertThat(report.skus()).extracting(DailyReport.SkuFigures::sku).containsExactly("SKU-A", "SKU-B");
        Figures a = report.skus().get(0).figures();
        Figures b = report.skus().get(1).figures();
        assertThat(a.refunds().count()).isEqualTo(2);
        assertThat(a.refunds().amountFen()).isEqualTo(69_900);
        assertThat(b.refunds().count()).isEqualTo(1);
        assertThat(b.requests().count()).isEqualTo(2);
        assertThat(a.refunds().amountFen() + b.refunds().amountFen()).isEqualTo(shop.refunds().amountFen());
    }

    @Test
    void theAutoApprovalRateIsRefundsDecidedByARuleOverAllRefunds() {
        refund("R1", "S", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(1), true, true);
        refund("R2", "S", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(1), true, true);
        refund("R3", "S", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(1), true, false);
        refund("R4", "S", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(1), true, null); // older producer

        assertThat(report().shop().refunds().autoApproved()).isEqualTo(2);
        assertThat(report().shop().refunds().autoApprovalRate()).isEqualTo(0.5);
    }

    @Test
    void withoutRefundsThereIsNoRateAndNoMedianRatherThanZero() {
        tally.apply(events.closed("c", MORNING, closed("R1", CaseOutcome.REFUSED, 0, Duration.ofHours(1), null,
                true), CaseFacts.UNKNOWN));

        Figures shop = report().shop();
        assertThat(shop.refunds().autoApprovalRate()).isNull();
        assertThat(shop.refunds().medianTimeToRefundSeconds()).isNull();
        assertThat(shop.refunds().medianTimeToRefund()).isNull();
        assertThat(shop.intercepts().successRate()).isNull();
        assertThat(shop.outcomes()).containsEntry("REFUSED", 1L);
    }

    @Test
    void theMedianTimeToRefundIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        refund("R1", "S", RefundReason.NOT_WANTED, 100, Duration.ofSeconds(30), true, true);
        refund("R2", "S", RefundReason.NOT_WANTED, 100, Duration.ofHours(20), true, false);
        refund("R3", "S", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(2), true, true);
        assertThat(report().shop().refunds().medianTimeToRefundSeconds()).isEqualTo(120);
        assertThat(report().shop().refunds().medianTimeToRefund()).isEqualTo("PT2M");

        refund("R4", "T", RefundReason.NOT_WANTED, 100, Duration.ofMinutes(3), true, true);
        assertThat(report().shop().refunds().medianTimeToRefundSeconds()).isEqualTo(150);
        // per SKU too: S has 30 s, 2 min, 20 h
        assertThat(report().skus().get(0).figures().refunds().medianTimeToRefundSeconds()).isEqualTo(120);

        assertThat(Statistics.median(List.of(1L, 2L))).isEqualTo(1); // (1 + 2) / 2 rounded down
        assertThat(Statistics.median(List.of())).isNull();
    }

    @Test
    void aLossIsMoneyOutWithoutTheGoodsWhetherTheShopOrThePlatformRefunded() {
        refund("R1", "S", RefundReason.NOT_RECEIVED, 30_000, Duration.ofHours(1), false, true);
        refund("R2", "S", RefundReason.NOT_RECEIVED, 40_000, Duration.ofHours(1), true, true);
        refund("R3", "S", RefundReason.NOT_RECEIVED, 50_000, Duration.ofHours(1), null, true); // unknown: no loss
        tally.apply(events.closed("c4", MORNING, closed("R4", CaseOutcome.AUTO_REFUNDED_BY_PLATFORM, 8_000,
                Duration.ofDays(2), false, false), CaseFacts.UNKNOWN));
        tally.apply(events.closed("c5", MORNING, closed("R5", CaseOutcome.REFUSED, 0, Duration.ofDays(1), false,
                true), CaseFacts.UNKNOWN));

        Figures shop = report().shop();
        assertThat(shop.losses().count()).isEqualTo(2);
        assertThat(shop.losses().amountFen()).isEqualTo(38_000);
        assertThat(shop.platformAutoRefunds()).isEqualTo(new Figures.Amounts(1, 8_000));
        assertThat(shop.refunds().count()).as("the platform's refund is not the shop's").isEqualTo(3);
    }

    @Test
    void aRepeatedEventIsCountedOnce() {
        Contribution close = events.closed("same-envelope", MORNING, closed("R1", CaseOutcome.REFUNDED, 100,
                Duration.ofMinutes(1), false, true), new CaseFacts("S", RefundReason.QUALITY));

        assertThat(tally.apply(close)).isTrue();
        assertThat(tally.apply(close)).isFalse();

        Figures shop = report().shop();
        assertThat(shop.refunds().count()).isEqualTo(1);
        assertThat(shop.losses().count()).isEqualTo(1);
        assertThat(shop.refunds().medianTimeToRefundSeconds()).isEqualTo(60);
        assertThat(report().skus().get(0).figures().refunds().count()).isEqualTo(1);
    }

    @Test
    void anInterceptCountsOnceAndItsFirstOutcomeOnlyOnTheDayItWasAskedFor() {
        var intercept = new InterceptRecord(InterceptRecord.idOf(ORDER, "ZT1"), SHOP_DAY, ORDER.caseIdOf("R1"), "S");
        var other = new InterceptRecord(InterceptRecord.idOf(ORDER, "ZT2"), SHOP_DAY, ORDER.caseIdOf("R2"), "S");
        var third = new InterceptRecord(InterceptRecord.idOf(ORDER, "ZT3"), SHOP_DAY, ORDER.caseIdOf("R3"), "T");

        tally.apply(events.interceptRequested(intercept));
        tally.apply(events.interceptRequested(intercept)); // asked again for the same parcel
        tally.apply(events.interceptRequested(other));
        tally.apply(events.interceptRequested(third));
        tally.apply(events.interceptOutcome(intercept, true));
        tally.apply(events.interceptOutcome(intercept, false)); // a later, contrary push: the first one stands
        tally.apply(events.interceptOutcome(other, false));

        Figures.Intercepts shop = report().shop().intercepts();
        assertThat(shop).isEqualTo(new Figures.Intercepts(3, 1, 1, 1, 0.3333));
        assertThat(report().skus().get(0).figures().intercepts().successRate()).isEqualTo(0.5);
        assertThat(events.interceptOutcome(intercept, true).day()).isEqualTo(SHOP_DAY);
    }

    @Test
    void theDayIsTheShopsLocalDayInShanghaiNotTheUtcDay() {
        Instant lastSecond = Instant.parse("2026-11-11T15:59:59Z"); // 23:59:59 in Shanghai
        Instant midnight = Instant.parse("2026-11-11T16:00:00Z");  // 00:00 on the 12th in Shanghai
        Instant earlyUtc = Instant.parse("2026-11-10T16:00:00Z");  // 00:00 on the 11th in Shanghai

        assertThat(events.opened("a", lastSecond, opened("R1", "S", RefundReason.QUALITY, 1)).day().date())
                .isEqualTo(DAY);
        assertThat(events.opened("b", midnight, opened("R2", "S", RefundReason.QUALITY, 1)).day().date())
                .isEqualTo(DAY.plusDays(1));
        assertThat(events.opened("c", earlyUtc, opened("R3", "S", RefundReason.QUALITY, 1)).day().date())
                .isEqualTo(DAY);
        assertThat(events.opened("d", midnight, opened("R4", "S", RefundReason.QUALITY, 1)).day().id())
                .isEqualTo("TAOBAO:shop-1:2026-11-12");

        Contribution tomorrow = events.opened("b", midnight, opened("R2", "S", RefundReason.QUALITY, 1));
        assertThatThrownBy(() -> tally.apply(tomorrow)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimsAreFiledOnceSettledOnceAndOpenUntilTheDayTheyAreSettled() {
        var filed = new ClaimRecord("C1", Platform.TAOBAO, "shop-1", "S", DAY, null, null);
        tally.apply(events.claimFiled(filed, 59_900));
        tally.apply(events.claimFiled(filed, 59_900)); // APPROVED, SUBMITTED: still one claim
        assertThat(events.claimSettled(filed, 0)).isEmpty();

        var compensated = new ClaimRecord("C1", Platform.TAOBAO, "shop-1", "S", DAY, DAY, ClaimStatus.COMPENSATED);
        tally.apply(events.claimSettled(compensated, 50_000).orElseThrow());
        tally.apply(events.claimSettled(compensated, 50_000).orElseThrow());
        var rejected = new ClaimRecord("C2", Platform.TAOBAO, "shop-1", "T", DAY, DAY, ClaimStatus.REJECTED);
        tally.apply(events.claimFiled(rejected, 1_000));
        tally.apply(events.claimSettled(rejected, 0).orElseThrow());

        var stillOpen = new ClaimRecord("C3", Platform.TAOBAO, "shop-1", "S", DAY.minusDays(3), null, null);
        var settledTomorrow = new ClaimRecord("C4", Platform.TAOBAO, "shop-1", "S", DAY.minusDays(1),
                DAY.plusDays(1), ClaimStatus.COMPENSATED);
        var fileTomorrow = new ClaimRecord("C5", Platform.TAOBAO, "shop-1", "S", DAY.plusDays(1), null, null);

        Figures.Claims claims = report(List.of(compensated, rejected, stillOpen, settledTomorrow, fileTomorrow))
                .shop().claims();
        assertThat(claims).isEqualTo(new Figures.Claims(2, 60_900, 1, 50_000, 1, 2));
    }

    @Test
    void decisionsAreCountedByRule() {
        CaseFacts facts = new CaseFacts("S", RefundReason.QUALITY);
        for (String rule : List.of("NS-1", "NS-1", "RS-2")) {
            tally.apply(events.decided("d-" + rule + tally.shop().breakdown(Breakdown.RULES), MORNING,
                    new CaseDecided(ORDER, ORDER.caseIdOf("R1"), rule, Map.of("f", "v"), List.of("a"), "s"), facts));
        }
        assertThat(report().shop().decisionsByRule()).containsExactlyInAnyOrderEntriesOf(
                Map.of("NS-1", 2L, "RS-2", 1L));
    }

    @Test
    void aCaseWithoutSkuIsCountedUnderUnknownAndTheShopTotalsStillAddUp() {
        tally.apply(events.closed("c", MORNING, closed("R1", CaseOutcome.REFUNDED, 100, Duration.ofMinutes(1),
                true, true), CaseFacts.UNKNOWN));

        assertThat(report().skus()).extracting(DailyReport.SkuFigures::sku).containsExactly(Contribution.UNKNOWN_SKU);
        assertThat(report().shop().refunds().byReason()).containsEntry("UNKNOWN", 1L);
    }

    @Test
    void ratesAreRoundedToFourDecimals() {
        assertThat(Statistics.rate(2, 3)).isEqualTo(0.6667);
        assertThat(Statistics.rate(0, 3)).isEqualTo(0.0);
        assertThat(Statistics.rate(3, 0)).isNull();
        List<Long> many = new ArrayList<>();
        for (long i = 100; i >= 1; i--) {
            many.add(i);
        }
        assertThat(Statistics.median(many)).isEqualTo(50); // (50 + 51) / 2 rounded down, unsorted input
    }
}
