package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.jd.JdClient;
import com.refundpilot.platform.application.webhook.JdWebhook;
import com.refundpilot.platform.config.JdReconcileProperties;
import com.refundpilot.platform.domain.jd.JdBill;
import com.refundpilot.platform.domain.jd.JdChanges;
import com.refundpilot.platform.domain.jd.JdContent;
import com.refundpilot.platform.domain.jd.JdMessage;
import com.refundpilot.platform.domain.jd.JdTopics;
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
 * JD for the reconciliation sweep: lists with {@code jingdong.asc.sync.list} (增量查询服务单信息) and, for a listed bill
 * whose state shows a change no accepted message told, hands the webhook the message JD would have pushed: IDs in its
 * content, so the webhook reads the bill as for any message. Its ID is natural
 * ({@code sweep:serviceId:sysVersion:modifiedSecond:topic}, the topic without {@code jos_afs_}), so a second run or
 * instance hands in the same message (a redelivery) and a late webhook finds its change told in the watermark.
 */
@Component
public class JdReconciler implements ReconcileSource<JdBill> {

    private static final Logger log = LoggerFactory.getLogger(JdReconciler.class);

    private final JdClient jd;
    private final JdWebhook webhook;
    private final RefundWatermarks watermarks;
    private final ReconcilePlan plan;
    private final Clock clock;

    public JdReconciler(JdClient jd, JdWebhook webhook, RefundWatermarks watermarks, JdReconcileProperties properties,
            Clock clock) {
        this.jd = jd;
        this.webhook = webhook;
        this.watermarks = watermarks;
        this.clock = clock;
        this.plan = ReconcilePlan.of(properties, Map.of(Platform.JD, properties.shops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.JD);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<JdBill> changes(Platform platform, String shopId, SweepWindow window, int pageNo, int pageSize) {
        return jd.listBills(shopId, window, pageNo, pageSize);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, JdBill listed) {
        return MissedChanges.tell(
                () -> JdChanges.missedTopic(JdChanges.stateOf(listed),
                        watermarks.current(platform, listed.serviceId()), watermarks.valid(clock.instant())),
                topic -> webhook.acceptStandIn(standIn(topic, listed, shopId)),
                topic -> log.warn("JD bill {} of shop {}: {} never came as a webhook, told by the reconciliation sweep",
                        listed.serviceId(), shopId, topic));
    }

    /** The message JD would have pushed: the bill's IDs, and the amount refunded for a refund success. */
    static JdMessage standIn(String topic, JdBill listed, String shopId) {
        long modifiedSecond = listed.modifiedTime() == null ? 0 : listed.modifiedTime().getEpochSecond();
        String msgId = "sweep:" + listed.serviceId() + ":" + listed.sysVersion() + ":" + modifiedSecond + ":"
                + topic.replace("jos_afs_", "");
        Long refundSum = JdTopics.REFUND_SUCCESS.equals(topic) ? listed.refundSumFen() : null;
        JdContent content = new JdContent(listed.serviceId(), null, listed.orderId(), shopId, listed.customerExpect(),
                listed.afsServiceStep(), listed.sysVersion(), null, null, refundSum);
        return new JdMessage(msgId, topic, shopId, content);
    }
}
