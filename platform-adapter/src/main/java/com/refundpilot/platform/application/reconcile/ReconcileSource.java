package com.refundpilot.platform.application.reconcile;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.platform.domain.reconcile.ChangePage;
import com.refundpilot.platform.domain.reconcile.SweepWindow;
import java.util.List;
import java.util.Set;

/**
 * One platform family's side of the reconciliation sweep: its list of changed after-sale orders and how to tell a
 * change its webhook missed. The sweep owns windows, cursors, claims and metrics; a source only lists and tells.
 * Taobao and Tmall share one (the TOP protocol); Pinduoduo's {@code pdd.refund.list.increment.get} (windows of at
 * most 30 minutes, pages of at most 100), Douyin's, WeChat Channels' or JD's list plugs in as another.
 *
 * @param <C> the platform's own listed change (what {@link #recover} needs to tell it)
 */
public interface ReconcileSource<C> {

    /** The platforms this source lists for. */
    Set<Platform> platforms();

    /** How runs are planned: windows, page size, the claim's lease and the configured shops. */
    ReconcilePlan plan();

    /** One page of the shop's after-sale orders modified in {@code window}. */
    ChangePage<C> changes(Platform platform, String shopId, SweepWindow window, int pageNo, int pageSize);

    /**
     * Tells what the webhooks missed about one listed change, through the same path a webhook takes and without
     * telling anything twice; answers the topics of the stand-in messages that published events (empty: nothing
     * was missing).
     */
    List<String> recover(Platform platform, String shopId, C change);
}
