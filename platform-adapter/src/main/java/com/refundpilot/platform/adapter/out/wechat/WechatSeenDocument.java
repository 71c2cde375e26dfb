package com.refundpilot.platform.adapter.out.wechat;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the adapter saw of one WeChat after-sale ({@code AS:id}) or order complaint ({@code OC:id}) at its last
 * comparison, as JSON: the next push is compared with it (WeChat's pushes carry a status only). {@code previousJson}
 * is what that comparison started from and {@code toldBy} the message telling the difference: while that message is
 * not stored and its claim is old, the claimer died in between and the difference is told again from
 * {@code previousJson}. {@code version} makes every write conditional (compare-and-set).
 */
@Document("wechat_seen")
public class WechatSeenDocument {

    @Id
    private String id;
    private String json;
    private String previousJson;
    private String toldBy;
    private Instant toldAt;
    private long version;
    private Instant savedAt;

    WechatSeenDocument() {
    }

    WechatSeenDocument(String id, String json, String previousJson, String toldBy, Instant toldAt, long version,
            Instant savedAt) {
        this.id = id;
        this.json = json;
        this.previousJson = previousJson;
        this.toldBy = toldBy;
        this.toldAt = toldAt;
        this.version = version;
        this.savedAt = savedAt;
    }

    String getJson() {
        return json;
    }

    String getPreviousJson() {
        return previousJson;
    }

    String getToldBy() {
        return toldBy;
    }

    Instant getToldAt() {
        return toldAt;
    }

    long getVersion() {
        return version;
    }
}
