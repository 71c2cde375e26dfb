package com.refundpilot.notification.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.ClaimStatus;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.notification.domain.report.Breakdown;
import com.refundpilot.notification.domain.report.CaseFacts;
import com.refundpilot.notification.domain.report.ClaimRecord;
import com.refundpilot.notification.domain.report.Contribution;
import com.refundpilot.notification.domain.report.DailyTally;
import com.refundpilot.notification.domain.report.InterceptRecord;
import com.refundpilot.notification.domain.report.Measure;
import com.refundpilot.notification.domain.report.ShopDay;
import com.refundpilot.notification.domain.report.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The daily report's store. A shop-day is ONE document ({@code report_days}, {@code _id = platform:shop:date})
 * holding the shop's figures, each SKU's, and the keys already counted; a contribution is one conditional
 * upsert on it ("this _id, key not counted yet": {@code $inc} the figures, {@code $push} the key), so two
 * instances, a redelivery or a crash in between never count an event twice and no read-modify-write can lose
 * a concurrent one. Beside it: what the report remembers of cases, intercepts and claims to attribute later
 * events, the shops it knows, and the supervisor messages. Every write path is by {@code _id}. The day keeps
 * every key it counted (a redelivery may be old within the day): some 40 bytes per event, so a shop-day of
 * 100 000 events is a 4 MB document, within Mongo's 16 MB.
 */
@Repository
public class ReportRepository {

    static final String DAYS = "report_days";
    static final String CASES = "report_cases";
    static final String INTERCEPTS = "report_intercepts";
    static final String CLAIMS = "report_claims";
    static final String SHOPS = "report_shops";

    private final MongoTemplate mongo;

    public ReportRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds the contribution to its day unless its key was counted already; true when it was added. */
    public boolean apply(Contribution contribution) {
        Query notYetCounted = new Query(Criteria.where("_id").is(contribution.day().id())
                .and("applied").ne(contribution.key()));
        Update update = updateOf(contribution);
        // A duplicate key means either "counted already" (the _id exists but the query excluded it, so the
        // upsert tried to insert) or a concurrent first insert of the day; once more tells them apart.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                mongo.upsert(notYetCounted, update, DAYS);
                return true;
            } catch (DuplicateKeyException e) {
                // see above
            }
        }
        return false;
    }

    private static Update updateOf(Contribution contribution) {
        ShopDay day = contribution.day();
        Update update = new Update()
                .setOnInsert("platform", day.platform().name())
                .setOnInsert("shopId", day.shopId())
                .setOnInsert("date", day.date().toString())
                .push("applied", contribution.key());
        String skuPath = "skus." + FieldNames.escape(contribution.sku());
        for (String prefix : List.of("shop", skuPath)) {
            Tally delta = contribution.delta();
            delta.counts().forEach((measure, value) -> update.inc(prefix + ".counts." + measure.name(), value));
            delta.breakdowns().forEach((breakdown, counts) -> counts.forEach((name, value) ->
                    update.inc(prefix + ".by." + breakdown.name() + "." + FieldNames.escape(name), value)));
            if (!delta.refundSeconds().isEmpty()) {
                update.push(prefix + ".refundSeconds").each(delta.refundSeconds().toArray());
            }
        }
        return update;
    }

    public DailyTally day(ShopDay day) {
        Document document = mongo.findById(day.id(), Document.class, DAYS);
        if (document == null) {
            return DailyTally.empty(day);
        }
        Map<String, Tally> skus = new HashMap<>();
        Document skuDocuments = document.get("skus", Document.class);
        if (skuDocuments != null) {
            skuDocuments.forEach((sku, value) -> skus.put(FieldNames.unescape(sku), tallyOf((Document) value)));
        }
        return DailyTally.of(day, new HashSet<>(document.getList("applied", String.class, List.of())),
                tallyOf(document.get("shop", Document.class)), skus);
    }

    private static Tally tallyOf(Document document) {
        if (document == null) {
            return Tally.EMPTY;
        }
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        Document countDocument = document.get("counts", Document.class);
        if (countDocument != null) {
            countDocument.forEach((name, value) -> counts.put(Measure.valueOf(name), ((Number) value).longValue()));
        }
        Map<Breakdown, Map<String, Long>> breakdowns = new EnumMap<>(Breakdown.class);
        Document by = document.get("by", Document.class);
        if (by != null) {
            by.forEach((breakdown, names) -> {
                Map<String, Long> values = new HashMap<>();
                ((Document) names).forEach((name, value) -> values.put(FieldNames.unescape(name),
                        ((Number) value).longValue()));
                breakdowns.put(Breakdown.valueOf(breakdown), values);
            });
        }
        List<Long> seconds = new ArrayList<>();
        for (Object value : document.getList("refundSeconds", Object.class, List.of())) {
            seconds.add(((Number) value).longValue());
        }
        return Tally.of(counts, breakdowns, seconds);
    }

    // --- what the report remembers of cases, intercepts and claims ---

    /** The case's SKU and reason, as its CaseOpened said (the first one wins). */
    public void rememberCase(String caseId, CaseFacts facts) {
        Update update = new Update().setOnInsert("reason", facts.reason() == null ? null : facts.reason().name());
        if (facts.sku() != null) {
            update.setOnInsert("sku", facts.sku());
        }
        mongo.upsert(byId(caseId), update, CASES);
    }

    public CaseFacts caseFacts(String caseId) {
        Document document = mongo.findById(caseId, Document.class, CASES);
        if (document == null) {
            return CaseFacts.UNKNOWN;
        }
        String reason = document.getString("reason");
        return new CaseFacts(document.getString("sku"), reason == null ? null : RefundReason.valueOf(reason));
    }

    /** The intercept as first recorded: {@code candidate} if it is new, else the stored one (its day stays). */
    public InterceptRecord rememberIntercept(InterceptRecord candidate) {
        ShopDay day = candidate.requestedOn();
        Update update = new Update().setOnInsert("platform", day.platform().name())
                .setOnInsert("shopId", day.shopId()).setOnInsert("date", day.date().toString())
                .setOnInsert("caseId", candidate.caseId()).setOnInsert("sku", candidate.sku());
        return interceptOf(mongo.findAndModify(byId(candidate.id()), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, INTERCEPTS));
    }

    public Optional<InterceptRecord> intercept(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, INTERCEPTS)).map(ReportRepository::interceptOf);
    }

    private static InterceptRecord interceptOf(Document d) {
        return new InterceptRecord(d.getString("_id"), new ShopDay(Platform.valueOf(d.getString("platform")),
                d.getString("shopId"), LocalDate.parse(d.getString("date"))), d.getString("caseId"), d.getString("sku"));
    }

    /** The claim as first recorded ({@code candidate} if it is new: its filing day stays the first one). */
    public ClaimRecord rememberClaim(ClaimRecord candidate) {
        Update update = new Update().setOnInsert("platform", candidate.platform().name())
                .setOnInsert("shopId", candidate.shopId()).setOnInsert("sku", candidate.sku())
                .setOnInsert("filedOn", candidate.filedOn().toString());
        return claimOf(mongo.findAndModify(byId(candidate.claimId()), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, CLAIMS));
    }

    /** Records the claim's first settlement; a later one changes nothing. Returns the claim as stored. */
    public ClaimRecord settleClaim(String claimId, LocalDate on, ClaimStatus status) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(claimId).and("settledOn").exists(false)),
                new Update().set("settledOn", on.toString()).set("settledAs", status.name()), CLAIMS);
        return claimOf(mongo.findById(claimId, Document.class, CLAIMS));
    }

    /** The shop's claims register (a read-side query: a scan on the embedded store, never per event). */
    public List<ClaimRecord> claims(Platform platform, String shopId) {
        return mongo.find(new Query(Criteria.where("platform").is(platform.name()).and("shopId").is(shopId)),
                Document.class, CLAIMS).stream().map(ReportRepository::claimOf).toList();
    }

    private static ClaimRecord claimOf(Document d) {
        String settledOn = d.getString("settledOn");
        String settledAs = d.getString("settledAs");
        return new ClaimRecord(d.getString("_id"), Platform.valueOf(d.getString("platform")), d.getString("shopId"),
                d.getString("sku"), LocalDate.parse(d.getString("filedOn")),
                settledOn == null ? null : LocalDate.parse(settledOn),
                settledAs == null ? null : ClaimStatus.valueOf(settledAs));
    }

    // --- shops ---

    /** Records a shop the first time it is seen; false when it was known already. */
    public boolean rememberShop(Platform platform, String shopId, Instant now) {
        try {
            mongo.insert(new Document("_id", ShopDay.shopKey(platform, shopId)).append("platform", platform.name())
                    .append("shopId", shopId).append("firstSeenAt", java.util.Date.from(now)), SHOPS);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    public boolean knowsShop(Platform platform, String shopId) {
        return mongo.exists(byId(ShopDay.shopKey(platform, shopId)), SHOPS);
    }

    /** Every shop the report knows: (platform, shopId). */
    public List<Map.Entry<Platform, String>> shops() {
        return mongo.findAll(Document.class, SHOPS).stream()
                .map(d -> Map.entry(Platform.valueOf(d.getString("platform")), d.getString("shopId"))).toList();
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }
}
