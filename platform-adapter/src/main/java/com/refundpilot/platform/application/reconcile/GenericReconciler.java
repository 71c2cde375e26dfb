package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.generic.GenericClient;
import com.refundpilot.platform.application.webhook.GenericWebhook;
import com.refundpilot.platform.config.GenericReconcileProperties;
import com.refundpilot.platform.domain.generic.GenericAfterSale;
import com.refundpilot.platform.domain.generic.GenericChanges;
import com.refundpilot.platform.domain.generic.GenericPush;
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
 * The generic platform for the reconciliation sweep: lists with {@code GET /after-sales} and, for a listed
 * after-sale whose state shows a change no accepted push told, hands the webhook the push the platform would have
 * sent — the listed after-sale itself, under a natural ID ({@code sweep:id:version:updatedSecond:type}), so a second
 * run or instance hands in the same push (a redelivery) and a late webhook finds its change told in the watermark.
 */
@Component
public class GenericReconciler implements ReconcileSource<GenericAfterSale> {

    private static final Logger log = LoggerFactory.getLogger(GenericReconciler.class);

    private final GenericClient generic;
    private final GenericWebhook webhook;
    private final RefundWatermarks watermarks;
    private final ReconcilePlan plan;
    private final Clock clock;

    public GenericReconciler(GenericClient generic, GenericWebhook webhook, RefundWatermarks watermarks,
            GenericReconcileProperties properties, Clock clock) {
        this.generic = generic;
        this.webhook = webhook;
        this.watermarks = watermarks;
        this.clock = clock;
        this.plan = ReconcilePlan.of(properties, Map.of(Platform.GENERIC, properties.shops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.GENERIC);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<GenericAfterSale> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
            int pageSize) {
        return generic.listAfterSales(shopId, window.start(), window.end(), pageNo, pageSize);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, GenericAfterSale listed) {
        return MissedChanges.tell(
                () -> GenericChanges.missedType(GenericChanges.stateOf(listed),
                        watermarks.current(platform, listed.afterSaleId()), watermarks.valid(clock.instant())),
                type -> webhook.acceptStandIn(standIn(type, listed, shopId)),
                type -> log.warn("GENERIC after-sale {} of shop {}: {} never came as a webhook, told by the "
                        + "reconciliation sweep", listed.afterSaleId(), shopId, type));
    }

    /** The push the platform would have sent: the listed after-sale, as it stands, under a natural ID. */
    static GenericPush standIn(String type, GenericAfterSale listed, String shopId) {
        long updatedSecond = listed.updatedAt() == null ? 0 : listed.updatedAt().getEpochSecond();
        String eventId = "sweep:" + listed.afterSaleId() + ":" + listed.version() + ":" + updatedSecond + ":" + type;
        return new GenericPush(eventId, type, shopId, listed.updatedAt(), listed, null, null, null);
    }
}
