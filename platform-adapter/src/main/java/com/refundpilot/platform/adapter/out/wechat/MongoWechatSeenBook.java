package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.platform.domain.wechat.WechatComplaintSeen;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The seen book in Mongo ({@code wechat_seen}), one document per after-sale or order complaint, written whole. */
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
    public Optional<WechatSeen> afterSale(String afterSaleId) {
        return read("AS:" + afterSaleId, WechatSeen.class);
    }

    @Override
    public void save(WechatSeen seen) {
        mongo.save(new WechatSeenDocument("AS:" + seen.afterSaleId(), json.writeValueAsString(seen), clock.instant()));
    }

    @Override
    public Optional<WechatComplaintSeen> complaint(String complaintId) {
        return read("OC:" + complaintId, WechatComplaintSeen.class);
    }

    @Override
    public void save(WechatComplaintSeen seen) {
        mongo.save(new WechatSeenDocument("OC:" + seen.complaintId(), json.writeValueAsString(seen), clock.instant()));
    }

    private <T> Optional<T> read(String id, Class<T> type) {
        return Optional.ofNullable(mongo.findById(id, WechatSeenDocument.class))
                .map(doc -> json.readValue(doc.getJson(), type));
    }
}
