package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import com.refundpilot.sandbox.common.UnknownResourceException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The platforms' refund book, in memory: one book for every platform, so a refund ID is used once across them.
 * Each platform sees only its own refunds ({@link #get(SandboxPlatform, String)}, TOP's {@link #findForShop}).
 */
@Component
public class TaobaoRefunds {

    private final Map<String, TaobaoRefund> refunds = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong(1000);
    private final AtomicLong negotiationIds = new AtomicLong(500);
    private final AtomicLong evidenceIds = new AtomicLong(700);

    /** Registers a new refund; a refund ID is used once. */
    public TaobaoRefund add(TaobaoRefund refund) {
        String id = refund.refundId();
        if (refunds.putIfAbsent(id, refund) != null) {
            throw new ConflictException("REFUND_EXISTS", "refund " + id + " already exists");
        }
        return refund;
    }

    public Optional<TaobaoRefund> find(String refundId) {
        return Optional.ofNullable(refunds.get(refundId));
    }

    /** A refund of the given platform; another platform's refund is as unknown as a missing one. */
    public TaobaoRefund get(SandboxPlatform platform, String refundId) {
        return find(refundId).filter(r -> r.platform() == platform)
                .orElseThrow(() -> new UnknownResourceException("refund", refundId));
    }

    /** A shop sees only its own refunds, as a TOP session would, and TOP only the platforms that speak it. */
    public Optional<TaobaoRefund> findForShop(String refundId, String shopId) {
        return find(refundId).filter(r -> r.shopId().equals(shopId) && r.platform().speaksTop());
    }

    public Collection<TaobaoRefund> all() {
        return refunds.values();
    }

    public int count(SandboxPlatform platform) {
        return (int) refunds.values().stream().filter(r -> r.platform() == platform).count();
    }

    /** One sequence for every chat message, the merchant's and the buyer's. */
    public long nextMessageId() {
        return messageIds.incrementAndGet();
    }

    public long nextNegotiationId() {
        return negotiationIds.incrementAndGet();
    }

    /** One sequence for evidence packs, a refund's and a complaint's. */
    public long nextEvidenceId() {
        return evidenceIds.incrementAndGet();
    }
}
