package com.refundpilot.platform.adapter.out.wechat;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the adapter saw of one WeChat after-sale ({@code AS:id}) or order complaint ({@code OC:id}) at its last
 * push, as JSON: the next push is compared with it (WeChat's pushes carry a status only).
 */
@Document("wechat_seen")
public class WechatSeenDocument {

    @Id
    private String id;
    private String json;
    private Instant savedAt;

    WechatSeenDocument() {
    }

    WechatSeenDocument(String id, String json, Instant savedAt) {
        this.id = id;
        this.json = json;
        this.savedAt = savedAt;
    }

    String getJson() {
        return json;
    }
}
