package com.refundpilot.platform.adapter.out.mongo;

import com.refundpilot.contracts.vocabulary.Platform;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far the reconciliation sweep got for one shop of one platform ({@code _id = platform:shopId}):
 * {@code coveredUntil} is the end of the last window listed completely. A run holds the shop through
 * {@code owner} and {@code leaseUntil}, taken with a conditional update, so two instances never sweep one shop at once.
 */
@Document("reconcile_cursors")
public class ReconcileCursorDocument {

    @Id
    private String id;
    private Platform platform;
    private String shopId;
    private Instant coveredUntil;
    private String owner;
    private Instant leaseUntil;
    private Instant lastRunAt;

    ReconcileCursorDocument() {
    }

    public static String idOf(Platform platform, String shopId) {
        return platform + ":" + shopId;
    }

    public String getId() {
        return id;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getShopId() {
        return shopId;
    }

    public Instant getCoveredUntil() {
        return coveredUntil;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }
}
