package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.pdd.PddClient;
import com.refundpilot.platform.application.webhook.PinduoduoWebhook;
import com.refundpilot.platform.config.PinduoduoReconcileProperties;
import com.refundpilot.platform.domain.pdd.PddChanges;
import com.refundpilot.platform.domain.pdd.PddListedRefund;
import com.refundpilot.platform.domain.pdd.PddPush;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pinduoduo for the reconciliation sweep: lists with {@code pdd.refund.list.increment.get} (windows of at most 30
 * minutes, pages of at most 100) and, for a listed after-sale whose row shows a change no accepted message told,
 * hands the webhook the frame PDD would have pushed: IDs only, so the webhook reads the after-sale as for any frame.
 * Its id is natural ({@code sweep:refundId:updatedSecond:type}), so a second run or instance hands in the same frame
 * (a redelivery) and a late webhook finds its change told in the watermark.
 */
@Component
public class PinduoduoReconciler implements ReconcileSource<PddListedRefund> {

    private static final Logger log = LoggerFactory.getLogger(PinduoduoReconciler.class);

    private final PddClient pdd;
    private final PinduoduoWebhook webhook;
    private final RefundWatermarks watermarks;
    private final ReconcilePlan plan;
    private final Clock clock;

    public PinduoduoReconciler(PddClient pdd, PinduoduoWebhook webhook, RefundWatermarks watermarks,
            PinduoduoReconcileProperties properties, Clock clock) {
        this.pdd = pdd;
        this.webhook = webhook;
        this.watermarks = watermarks;
        this.clock = clock;
        this.plan = ReconcilePlan.of(properties, Map.of(Platform.PINDUODUO, properties.shops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.PINDUODUO);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<PddListedRefund> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
            int pageSize) {
        return pdd.listRefunds(shopId, window, pageNo, pageSize);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, PddListedRefund listed) {
        return MissedChanges.tell(
                () -> PddChanges.missedType(listed.state(), watermarks.current(platform, listed.id()),
                        watermarks.valid(clock.instant())),
                type -> webhook.acceptStandIn(standIn(type, listed, shopId)),
                type -> log.warn("PINDUODUO after-sale {} of mall {}: {} never came as a webhook, told by the "
                        + "reconciliation sweep", listed.id(), shopId, type));
    }

    /** The frame PDD would have pushed: IDs only (the amount of a payment is read from the detail). */
    static PddPush standIn(String type, PddListedRefund listed, String shopId) {
        long updatedSecond = listed.updated().getEpochSecond();
        String id = "sweep:" + listed.id() + ":" + updatedSecond + ":" + type.substring(type.lastIndexOf('_') + 1);
        return new PddPush(id, type, shopId, listed.id(), null, listed.orderSn(), listed.afterSalesType(), null,
                listed.updated().toEpochMilli(), null, null);
    }
}
