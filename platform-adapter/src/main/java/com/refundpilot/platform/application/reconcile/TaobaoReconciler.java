package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.taobao.TaobaoClient;
import com.refundpilot.platform.application.TaobaoWebhookIntake;
import com.refundpilot.platform.config.TaobaoReconcileProperties;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import com.refundpilot.platform.domain.taobao.TaobaoChanges;
import com.refundpilot.platform.domain.taobao.TaobaoListedRefund;
import com.refundpilot.platform.domain.taobao.TaobaoPush;
import com.refundpilot.platform.domain.taobao.TaobaoTopics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Taobao and Tmall for the reconciliation sweep: lists with {@code taobao.refunds.receive.get} and, for a listed
 * refund whose state shows a change no accepted message told, hands the webhook intake the TMC message the platform
 * would have pushed. Its ID is natural ({@code sweep:refundId:version:modified:topic}), so a second run or a second
 * instance that sees the same state hands in the same message, which the intake drops as a redelivery; a webhook
 * that arrives late finds its change told in the refund's watermark and is dropped as told.
 */
@Component
public class TaobaoReconciler implements ReconcileSource<TaobaoListedRefund> {

    private static final Logger log = LoggerFactory.getLogger(TaobaoReconciler.class);

    private final TaobaoClient taobao;
    private final TaobaoWebhookIntake intake;
    private final RefundWatermarks watermarks;
    private final ReconcilePlan plan;
    private final Clock clock;

    public TaobaoReconciler(TaobaoClient taobao, TaobaoWebhookIntake intake, RefundWatermarks watermarks,
            TaobaoReconcileProperties properties, Clock clock) {
        this.taobao = taobao;
        this.intake = intake;
        this.watermarks = watermarks;
        this.clock = clock;
        this.plan = ReconcilePlan.of(properties,
                Map.of(Platform.TAOBAO, properties.shops(), Platform.TMALL, properties.tmallShops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.TAOBAO, Platform.TMALL);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<TaobaoListedRefund> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
            int pageSize) {
        return taobao.listRefunds(shopId, window.start(), window.end(), pageNo, pageSize);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, TaobaoListedRefund listed) {
        if (listed.refundId() == null || listed.refundId().isBlank()) {
            return List.of(); // an entry without its ID names no refund to read
        }
        return MissedChanges.tell(
                () -> TaobaoChanges.missedTopic(listed.state(), watermarks.current(platform, listed.refundId()),
                        watermarks.valid(clock.instant())),
                topic -> intake.acceptPush(standIn(topic, listed, shopId), platform),
                topic -> log.warn("{} refund {} of shop {}: {} never came as a webhook, told by the reconciliation "
                        + "sweep", platform, listed.refundId(), shopId, topic));
    }

    /** The TMC message the platform would have pushed: IDs only, the amount paid for a success. */
    static TaobaoPush standIn(String topic, TaobaoListedRefund listed, String shopId) {
        long modifiedSecond = listed.state().modified().getEpochSecond();
        String msgId = "sweep:" + listed.refundId() + ":" + listed.refundVersion() + ":" + modifiedSecond + ":"
                + topic.substring(topic.lastIndexOf('_') + 1);
        String fee = TaobaoTopics.REFUND_SUCCESS.equals(topic) && listed.refundedYuan() != null
                ? listed.refundedYuan() : listed.refundFee();
        return new TaobaoPush(topic, msgId, listed.refundId(), null, listed.tid(), shopId, fee, null, null);
    }
}
