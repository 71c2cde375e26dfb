package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.platform.domain.wechat.SeenEntry;
import com.refundpilot.platform.domain.wechat.WechatComplaintSeen;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seen book in Mongo ({@code wechat_seen}), one document per after-sale or order complaint. Every write is one
 * single-document conditional operation (the store has no transactions): the first an insert (a concurrent first
 * insert fails on the {@code _id}), later ones an update matching {@code _id} and the version read (a document
 * stored before versions existed counts as version 0).
 */
@Component
public class MongoWechatSeenBook implements WechatSeenBook {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public MongoWechatSeenBook(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public SeenEntry<WechatSeen> afterSaleEntry(String afterSaleId) {
        return read("AS:" + afterSaleId, WechatSeen.class);
    }

    @Override
    public boolean replace(WechatSeen next, WechatSeen baseline, SeenEntry<WechatSeen> from, String toldBy,
            Instant at) {
        return write("AS:" + next.afterSaleId(), next, baseline, from, toldBy, at);
    }

    @Override
    public SeenEntry<WechatComplaintSeen> complaintEntry(String complaintId) {
        return read("OC:" + complaintId, WechatComplaintSeen.class);
    }

    @Override
    public boolean replace(WechatComplaintSeen next, WechatComplaintSeen baseline,
            SeenEntry<WechatComplaintSeen> from, String toldBy, Instant at) {
        return write("OC:" + next.complaintId(), next, baseline, from, toldBy, at);
    }

    private <T> SeenEntry<T> read(String id, Class<T> type) {
        WechatSeenDocument doc = mongo.findById(id, WechatSeenDocument.class);
        if (doc == null) {
            return SeenEntry.none();
        }
        T previous = doc.getPreviousJson() == null ? null : json.readValue(doc.getPreviousJson(), type);
        return new SeenEntry<>(json.readValue(doc.getJson(), type), previous, doc.getToldBy(), doc.getToldAt(),
                doc.getVersion());
    }

    private <T> boolean write(String id, T next, T baseline, SeenEntry<?> from, String toldBy, Instant at) {
        String nextJson = json.writeValueAsString(next);
        String previousJson = baseline == null ? null : json.writeValueAsString(baseline);
        if (from.current() == null) {
            try {
                mongo.insert(new WechatSeenDocument(id, nextJson, previousJson, toldBy, at, 1, clock.instant()));
                return true;
            } catch (DuplicateKeyException anotherFirst) {
                return false;
            }
        }
        // A document written before versions existed has none: it is version 0.
        Criteria version = from.version() == 0
                ? new Criteria().orOperator(Criteria.where("version").is(0), Criteria.where("version").exists(false))
                : Criteria.where("version").is(from.version());
        Query expected = new Query(new Criteria().andOperator(Criteria.where("_id").is(id), version));
        Update update = new Update().set("json", nextJson).set("previousJson", previousJson).set("toldBy", toldBy)
                .set("toldAt", at).set("version", from.version() + 1).set("savedAt", clock.instant());
        return mongo.updateFirst(expected, update, WechatSeenDocument.class).getModifiedCount() == 1;
    }
}
