package com.refundpilot.notification.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.notification.domain.report.DailyReport;
import com.refundpilot.notification.domain.report.SupervisorMessage;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Supervisor messages, {@code _id = platform:shop:date}: inserting the same day twice fails, which is how a
 * repeated firing (another instance, a crash before the timer moved) sends nothing twice. The report is kept
 * as it was when the message was composed, as JSON (SKUs are free text, unfit for field names).
 */
@Repository
public class SupervisorMessageRepository {

    static final String MESSAGES = "supervisor_messages";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoTemplate mongo;

    public SupervisorMessageRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean exists(String messageId) {
        return mongo.exists(new Query(Criteria.where("_id").is(messageId)), MESSAGES);
    }

    /** Stores the message; false when this shop-day's message exists already. */
    public boolean insert(SupervisorMessage message) {
        try {
            mongo.insert(new Document("_id", message.messageId())
                    .append("platform", message.platform().name())
                    .append("shopId", message.shopId())
                    .append("date", message.date().toString())
                    .append("text", message.text())
                    .append("report", JSON.writeValueAsString(message.report()))
                    .append("createdAt", Date.from(message.createdAt())), MESSAGES);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Messages matching every given filter (null = any), newest day first, at most {@code limit}. */
    public List<SupervisorMessage> find(Platform platform, String shopId, LocalDate date, int limit) {
        Criteria criteria = new Criteria();
        if (platform != null) {
            criteria = criteria.and("platform").is(platform.name());
        }
        if (shopId != null) {
            criteria = criteria.and("shopId").is(shopId);
        }
        if (date != null) {
            criteria = criteria.and("date").is(date.toString());
        }
        Query query = new Query(criteria).with(Sort.by(Sort.Order.desc("date"), Sort.Order.asc("_id"))).limit(limit);
        return mongo.find(query, Document.class, MESSAGES).stream().map(SupervisorMessageRepository::messageOf)
                .toList();
    }

    private static SupervisorMessage messageOf(Document d) {
        return new SupervisorMessage(d.getString("_id"), Platform.valueOf(d.getString("platform")),
                d.getString("shopId"), LocalDate.parse(d.getString("date")), d.getString("text"),
                JSON.readValue(d.getString("report"), DailyReport.class), d.getDate("createdAt").toInstant());
    }
}
