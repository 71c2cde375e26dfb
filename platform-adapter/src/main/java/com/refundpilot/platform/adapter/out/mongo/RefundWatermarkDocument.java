package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refund's watermark ({@code _id = platform:refundId}): the newest accepted message of each topic and the refund as
 * read for it. The webhook intake and the reconciliation sweep both read and write it (optimistic version), so a
 * change is told once, by whichever sees it first. It publishes nothing: its outbox stays empty.
 */
@Document("refund_watermarks")
public class RefundWatermarkDocument extends OutboxDocument {

    private Platform platform;
    private String shopId;
    private String refundId;
    private List<Mark> marks = new ArrayList<>();

    RefundWatermarkDocument() {
    }

    public RefundWatermarkDocument(Platform platform, String shopId, String refundId) {
        super(idOf(platform, refundId));
        this.platform = platform;
        this.shopId = shopId;
        this.refundId = refundId;
    }

    public static String idOf(Platform platform, String refundId) {
        return platform + ":" + refundId;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getShopId() {
        return shopId;
    }

    public String getRefundId() {
        return refundId;
    }

    public RefundWatermark watermark() {
        return new RefundWatermark(marks);
    }

    public void update(RefundWatermark watermark) {
        this.marks = new ArrayList<>(watermark.marks());
    }
}
