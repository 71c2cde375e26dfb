package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.douyin.DouyinClient;
import com.refundpilot.platform.application.webhook.DouyinWebhook;
import com.refundpilot.platform.config.DouyinReconcileProperties;
import com.refundpilot.platform.domain.douyin.DouyinChanges;
import com.refundpilot.platform.domain.douyin.DouyinListedAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinPushMessage;
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
 * Douyin for the reconciliation sweep: lists with {@code afterSale/List} by update time and, for a listed after-sale
 * whose state shows a change no accepted message told, hands the webhook the message the platform would have pushed —
 * the tag and IDs only, as a push carries them (the detail is read as for a push) — under a natural {@code msg_id}
 * ({@code sweep:aftersaleId:updateTime:tag}): a second run or instance hands in the same message (a redelivery), and
 * a late push finds its change told in the watermark.
 */
@Component
public class DouyinReconciler implements ReconcileSource<DouyinListedAfterSale> {

    private static final Logger log = LoggerFactory.getLogger(DouyinReconciler.class);

    private final DouyinClient douyin;
    private final DouyinWebhook webhook;
    private final RefundWatermarks watermarks;
    private final ReconcilePlan plan;
    private final Clock clock;

    public DouyinReconciler(DouyinClient douyin, DouyinWebhook webhook, RefundWatermarks watermarks,
            DouyinReconcileProperties properties, Clock clock) {
        this.douyin = douyin;
        this.webhook = webhook;
        this.watermarks = watermarks;
        this.clock = clock;
        this.plan = ReconcilePlan.of(properties, Map.of(Platform.DOUYIN, properties.shops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.DOUYIN);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<DouyinListedAfterSale> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
            int pageSize) {
        return douyin.listAfterSales(shopId, window.start(), window.end(), pageNo, pageSize);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, DouyinListedAfterSale listed) {
        return MissedChanges.tell(
                () -> DouyinChanges.missedTag(listed.state(), watermarks.current(platform, listed.afterSaleId()),
                        watermarks.valid(clock.instant())),
                tag -> webhook.acceptStandIn(standIn(tag, listed, shopId)),
                tag -> log.warn("DOUYIN after-sale {} of shop {}: tag {} never came as a push, told by the "
                        + "reconciliation sweep", listed.afterSaleId(), shopId, tag));
    }

    /** The message the platform would have pushed: tag and IDs; the detail is read as for any push. */
    static DouyinPushMessage standIn(String tag, DouyinListedAfterSale listed, String shopId) {
        String msgId = "sweep:" + listed.afterSaleId() + ":" + listed.updateTime() + ":" + tag;
        return new DouyinPushMessage(0, tag, msgId, shopId, listed.afterSaleId(), null, listed.orderId(), null, null);
    }
}
