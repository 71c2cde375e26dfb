package com.refundpilot.platform.adapter.out.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.refundpilot.kit.testsupport.EmbeddedMongo;
import com.refundpilot.platform.domain.wechat.SeenEntry;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The seen book's conditional writes on the Mongo-wire store: insert once, then replace only at the version read. */
class MongoWechatSeenBookTest {

    private static final Instant T0 = Instant.parse("2026-11-11T02:00:00Z");

    private final String uri = EmbeddedMongo.freshUri("wechat-seen");
    private final MongoClient client = MongoClients.create(uri);
    private final MongoTemplate mongo = new MongoTemplate(client, uri.substring(uri.lastIndexOf('/') + 1));
    private final MongoWechatSeenBook book = new MongoWechatSeenBook(mongo, Clock.systemUTC());

    @AfterEach
    void close() {
        client.close();
    }

    private static WechatSeen seen(String status) {
        return new WechatSeen("W-1", status, "REFUND", null, 100, 1, null, null, null, null, null, false, 0, List.of(),
                false, false, false, null, T0.getEpochSecond());
    }

    @Test
    void ofTwoFirstWritesOneInsertsAndOfTwoWritesAtOneVersionOneReplaces() {
        SeenEntry<WechatSeen> nothing = book.afterSaleEntry("W-1");
        assertThat(book.replace(seen("MERCHANT_PROCESSING"), null, nothing, "M1", T0)).isTrue();
        assertThat(book.replace(seen("MERCHANT_PROCESSING"), null, nothing, "M2", T0)).isFalse();

        SeenEntry<WechatSeen> v1 = book.afterSaleEntry("W-1");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.toldBy()).isEqualTo("M1");
        assertThat(book.replace(seen("USER_WAIT_RETURN"), v1.current(), v1, "M3", T0)).isTrue();
        assertThat(book.replace(seen("MERCHANT_REJECT_REFUND"), v1.current(), v1, "M4", T0)).isFalse();

        SeenEntry<WechatSeen> v2 = book.afterSaleEntry("W-1");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.current().status()).isEqualTo("USER_WAIT_RETURN");
        assertThat(v2.previous().status()).as("what the winner compared with").isEqualTo("MERCHANT_PROCESSING");
        assertThat(v2.toldBy()).isEqualTo("M3");
    }

    @Test
    void aDocumentStoredBeforeVersionsExistedIsVersionZeroAndReplacedOnce() {
        // what the book wrote before versions: the JSON and the time only
        mongo.getCollection("wechat_seen").insertOne(new Document("_id", "AS:W-1")
                .append("json", JsonMapper.builder().build().writeValueAsString(seen("MERCHANT_PROCESSING")))
                .append("savedAt", Date.from(T0)));

        SeenEntry<WechatSeen> legacy = book.afterSaleEntry("W-1");

        assertThat(legacy.version()).isZero();
        assertThat(legacy.current().status()).isEqualTo("MERCHANT_PROCESSING");
        assertThat(book.replace(seen("USER_WAIT_RETURN"), legacy.current(), legacy, "M1", T0)).isTrue();
        assertThat(book.replace(seen("MERCHANT_REJECT_REFUND"), legacy.current(), legacy, "M2", T0)).isFalse();
        assertThat(book.afterSaleEntry("W-1").version()).isEqualTo(1);
    }
}
