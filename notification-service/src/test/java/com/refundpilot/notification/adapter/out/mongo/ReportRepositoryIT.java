package com.refundpilot.notification.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.notification.domain.report.Breakdown;
import com.refundpilot.notification.domain.report.CaseFacts;
import com.refundpilot.notification.domain.report.ClaimRecord;
import com.refundpilot.notification.domain.report.Contribution;
import com.refundpilot.notification.domain.report.DailyTally;
import com.refundpilot.notification.domain.report.InterceptRecord;
import com.refundpilot.notification.domain.report.Measure;
import com.refundpilot.notification.domain.report.ShopDay;
import com.refundpilot.notification.domain.report.Tally;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The day documents on the Mongo wire protocol: one conditional upsert per contribution, counted once. */
class ReportRepositoryIT {

    private static final ShopDay DAY = new ShopDay(Platform.TAOBAO, "shop-1", LocalDate.parse("2026-11-11"));

    private final String uri = EmbeddedMongo.freshUri("report");
    private final MongoClient client = MongoClients.create(uri);
    private final ReportRepository repository = new ReportRepository(new MongoTemplate(client,
            uri.substring(uri.lastIndexOf('/') + 1)));

    @AfterEach
    void close() {
        client.close();
    }

    private static Contribution refund(String key, String sku, long fen, long seconds) {
        return new Contribution(DAY, key, sku, Tally.builder().one(Measure.REFUNDS).add(Measure.REFUNDED_FEN, fen)
                .by(Breakdown.REFUND_REASONS, "QUALITY").by(Breakdown.RULES, "RS-1.b")
                .refundTime(Duration.ofSeconds(seconds)).build());
    }

    @Test
    void whatIsStoredReadsBackAsTheSameTallyTheDomainComputesAndARepeatIsRefused() {
        List<Contribution> contributions = List.of(refund("e1", "SKU.1$x%", 100, 10), refund("e2", "SKU-2", 250, 30),
                refund("e3", "SKU.1$x%", 50, 20));
        DailyTally expected = DailyTally.empty(DAY);
        for (Contribution c : contributions) {
            expected.apply(c);
            assertThat(repository.apply(c)).isTrue();
        }
        assertThat(repository.apply(contributions.get(1))).isFalse();

        DailyTally stored = repository.day(DAY);
        assertThat(stored).isEqualTo(expected);
        assertThat(stored.skus()).containsOnlyKeys("SKU.1$x%", "SKU-2");
        assertThat(stored.shop().count(Measure.REFUNDED_FEN)).isEqualTo(400);
        assertThat(stored.shop().breakdown(Breakdown.RULES)).containsEntry("RS-1.b", 3L);
        assertThat(stored.hasApplied("e2")).isTrue();
        assertThat(repository.day(new ShopDay(Platform.TAOBAO, "shop-1", LocalDate.parse("2026-11-12"))))
                .isEqualTo(DailyTally.empty(new ShopDay(Platform.TAOBAO, "shop-1", LocalDate.parse("2026-11-12"))));
    }

    @Test
    void concurrentWritersOfOneDayLoseNothingAndCountEachKeyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicInteger applied = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        // 6 writers (instances, redeliveries), each offering the same 40 events: 40 counted in all.
        for (int writer = 0; writer < 6; writer++) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    if (repository.apply(refund("event-" + i, "SKU-" + (i % 3), 100, i))) {
                        applied.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        DailyTally stored = repository.day(DAY);
        assertThat(applied.get()).isEqualTo(40);
        assertThat(stored.shop().count(Measure.REFUNDS)).isEqualTo(40);
        assertThat(stored.shop().count(Measure.REFUNDED_FEN)).isEqualTo(4_000);
        assertThat(stored.shop().refundSeconds()).hasSize(40);
        assertThat(stored.skus().get("SKU-0").count(Measure.REFUNDS)).isEqualTo(14);
    }

    @Test
    void casesInterceptsAndClaimsKeepTheirFirstRecord() {
        repository.rememberCase("TAOBAO:shop-1:R1", new CaseFacts("SKU-1", RefundReason.QUALITY));
        repository.rememberCase("TAOBAO:shop-1:R1", new CaseFacts("SKU-other", RefundReason.OTHER));
        assertThat(repository.caseFacts("TAOBAO:shop-1:R1")).isEqualTo(new CaseFacts("SKU-1", RefundReason.QUALITY));
        assertThat(repository.caseFacts("TAOBAO:shop-1:nope")).isEqualTo(CaseFacts.UNKNOWN);

        var first = new InterceptRecord("TAOBAO:shop-1:T1:ZT1", DAY, "TAOBAO:shop-1:R1", "SKU-1");
        assertThat(repository.rememberIntercept(first)).isEqualTo(first);
        var later = new InterceptRecord("TAOBAO:shop-1:T1:ZT1", new ShopDay(Platform.TAOBAO, "shop-1",
                LocalDate.parse("2026-11-13")), "TAOBAO:shop-1:R1", "SKU-1");
        assertThat(repository.rememberIntercept(later)).isEqualTo(first);
        assertThat(repository.intercept("TAOBAO:shop-1:T1:ZT1")).contains(first);

        var claim = new ClaimRecord("C1", Platform.TAOBAO, "shop-1", "SKU-1", DAY.date(), null, null);
        repository.rememberClaim(claim);
        assertThat(repository.rememberClaim(new ClaimRecord("C1", Platform.TAOBAO, "shop-1", "SKU-1",
                DAY.date().plusDays(1), null, null))).isEqualTo(claim);
        repository.settleClaim("C1", DAY.date().plusDays(2), ClaimStatus.COMPENSATED);
        assertThat(repository.settleClaim("C1", DAY.date().plusDays(3), ClaimStatus.REJECTED)).isEqualTo(
                new ClaimRecord("C1", Platform.TAOBAO, "shop-1", "SKU-1", DAY.date(), DAY.date().plusDays(2),
                        ClaimStatus.COMPENSATED));
        assertThat(repository.claims(Platform.TAOBAO, "shop-1")).hasSize(1);
        assertThat(repository.claims(Platform.TAOBAO, "shop-2")).isEmpty();

        assertThat(repository.rememberShop(Platform.TAOBAO, "shop-1", Instant.EPOCH)).isTrue();
        assertThat(repository.rememberShop(Platform.TAOBAO, "shop-1", Instant.EPOCH)).isFalse();
        assertThat(repository.knowsShop(Platform.TAOBAO, "shop-1")).isTrue();
        assertThat(repository.shops()).hasSize(1);
    }
}
