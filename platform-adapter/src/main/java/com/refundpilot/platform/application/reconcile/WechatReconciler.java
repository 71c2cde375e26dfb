package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.adapter.out.wechat.WechatClient;
import com.refundpilot.platform.application.webhook.PushOutcome;
import com.refundpilot.platform.application.webhook.WechatChannelsWebhook;
import com.refundpilot.platform.config.WechatReconcileProperties;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import com.refundpilot.platform.domain.wechat.WechatAfterSalePage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WeChat Channels for the reconciliation sweep: lists after-sale IDs updated in the window with
 * {@code getaftersalelist} ({@code begin_update_time}/{@code end_update_time}, {@code next_key} paging) and hands each
 * to the webhook's own fetch-and-compare: what the read shows that was not seen is told, once, whoever compares
 * first — a push, this sweep, another instance. No watermark is needed: what was seen is WeChat's watermark.
 */
@Component
public class WechatReconciler implements ReconcileSource<String> {

    private static final Logger log = LoggerFactory.getLogger(WechatReconciler.class);

    private final WechatClient wechat;
    private final WechatChannelsWebhook webhook;
    private final ReconcilePlan plan;
    /**
     * The sweep asks by page number, WeChat pages by key: the key for page n + 1 of a window, kept while the window
     * is listed (one run lists a shop's window at a time, its pages in order).
     */
    private final Map<String, String> nextKeys = new ConcurrentHashMap<>();

    public WechatReconciler(WechatClient wechat, WechatChannelsWebhook webhook, WechatReconcileProperties properties) {
        this.wechat = wechat;
        this.webhook = webhook;
        this.plan = ReconcilePlan.of(properties, Map.of(Platform.WECHAT_CHANNELS, properties.shops()));
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.WECHAT_CHANNELS);
    }

    @Override
    public ReconcilePlan plan() {
        return plan;
    }

    @Override
    public ChangePage<String> changes(Platform platform, String shopId, SweepWindow window, int pageNo,
            int pageSize) {
        String key = nextKeys.remove(pageKey(shopId, window, pageNo));
        if (pageNo > 1 && key == null) {
            throw new IllegalStateException("no next_key for page " + pageNo + " of " + window);
        }
        WechatAfterSalePage page = wechat.listAfterSales(window.start(), window.end(), key);
        if (page.nextKey() != null) {
            nextKeys.put(pageKey(shopId, window, pageNo + 1), page.nextKey());
        }
        return new ChangePage<>(page.afterSaleIds(), page.nextKey() != null);
    }

    @Override
    public List<String> recover(Platform platform, String shopId, String afterSaleId) {
        if (afterSaleId == null || afterSaleId.isBlank()) {
            return List.of();
        }
        PushOutcome outcome = webhook.acceptListed(shopId, afterSaleId);
        if (outcome != PushOutcome.PUBLISHED) {
            return List.of();
        }
        log.warn("WECHAT_CHANNELS after-sale {} of shop {}: a change no push told, told by the reconciliation sweep",
                afterSaleId, shopId);
        return List.of("channels_ec_aftersale_update");
    }

    private static String pageKey(String shopId, SweepWindow window, int pageNo) {
        return shopId + "|" + window.start().getEpochSecond() + "|" + window.end().getEpochSecond() + "|" + pageNo;
    }
}
