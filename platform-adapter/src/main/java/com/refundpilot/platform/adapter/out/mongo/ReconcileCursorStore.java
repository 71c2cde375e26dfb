package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The sweep's cursors, one document per platform and shop, each found by {@code _id}. A run claims its shop with a
 * conditional update (free, or its lease ran out), moves the cursor only while it still holds the claim, and lets
 * go at the end; a holder that died loses the shop when its lease runs out.
 */
@Component
public class ReconcileCursorStore {

    private final MongoTemplate mongo;

    public ReconcileCursorStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Makes the shop known to the sweep (idempotent: an existing cursor is left as it is). */
    public void register(Platform platform, String shopId) {
        mongo.upsert(byId(platform, shopId), new Update().setOnInsert("platform", platform)
                .setOnInsert("shopId", shopId), ReconcileCursorDocument.class);
    }

    /** The shops of a platform the sweep knows (registered, configured or learned from messages). */
    public List<String> shops(Platform platform) {
        return mongo.find(new Query(Criteria.where("platform").is(platform)), ReconcileCursorDocument.class).stream()
                .map(ReconcileCursorDocument::getShopId).toList();
    }

    public Optional<ReconcileCursorDocument> find(Platform platform, String shopId) {
        return Optional.ofNullable(mongo.findById(ReconcileCursorDocument.idOf(platform, shopId),
                ReconcileCursorDocument.class));
    }

    /**
     * Takes the shop for one run, or empty when another run holds it. A lease further ahead than one lease from now
     * was taken before the clock was set back (a virtual clock): it counts as run out.
     */
    public Optional<ReconcileCursorDocument> claim(Platform platform, String shopId, String owner, Instant now,
            Duration lease) {
        register(platform, shopId);
        Query free = new Query(new Criteria().andOperator(
                Criteria.where("_id").is(ReconcileCursorDocument.idOf(platform, shopId)),
                new Criteria().orOperator(Criteria.where("leaseUntil").is(null),
                        Criteria.where("leaseUntil").lte(now),
                        Criteria.where("leaseUntil").gt(now.plus(lease)))));
        Update take = new Update().set("owner", owner).set("leaseUntil", now.plus(lease));
        return Optional.ofNullable(mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
                ReconcileCursorDocument.class));
    }

    /** Moves the cursor to {@code coveredUntil}; false when the claim was lost meanwhile (then nothing moves). */
    public boolean advance(Platform platform, String shopId, String owner, Instant coveredUntil, Instant now) {
        return mongo.updateFirst(held(platform, shopId, owner),
                new Update().set("coveredUntil", coveredUntil).set("lastRunAt", now),
                ReconcileCursorDocument.class).getMatchedCount() == 1;
    }

    /** Ends the run's claim (only this owner's). */
    public void release(Platform platform, String shopId, String owner) {
        mongo.updateFirst(held(platform, shopId, owner), new Update().unset("owner").unset("leaseUntil"),
                ReconcileCursorDocument.class);
    }

    private static Query held(Platform platform, String shopId, String owner) {
        return new Query(Criteria.where("_id").is(ReconcileCursorDocument.idOf(platform, shopId)).and("owner").is(owner));
    }

    private static Query byId(Platform platform, String shopId) {
        return new Query(Criteria.where("_id").is(ReconcileCursorDocument.idOf(platform, shopId)));
    }
}
