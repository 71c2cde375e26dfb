package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.UnknownResourceException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The ERP's order book and shops, in memory. Every access to an order goes through its shop, which first
 * applies the label-print batches due by {@code now} (see {@link ErpShop}).
 */
@Component
public class ErpOrders {

    private final Map<String, ErpOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, ErpShop> shops = new ConcurrentHashMap<>();

    /** Creates or replaces; answers true when the order is new. */
    public boolean put(String orderId, ErpOrderSetup setup, Instant now) {
        ErpOrder existing = orders.get(orderId);
        if (existing != null && !existing.shopId().equals(setup.shopId())) {
            // The order leaves its shop: that shop's batches up to now still see it.
            shopOf(existing.shopId()).applyDue(now, () -> ordersOf(existing.shopId()));
        }
        ErpShop shop = shops.computeIfAbsent(setup.shopId(), ErpShop::new);
        return shop.atomically(now, () -> ordersOf(setup.shopId()), () -> {
            boolean[] created = {false};
            ErpOrder order = orders.computeIfAbsent(orderId, id -> {
                created[0] = true;
                return new ErpOrder(id, setup);
            });
            if (!created[0]) {
                order.replace(setup);
            }
            shop.startHistoryIfNew(now);
            return created[0];
        });
    }

    /** Runs {@code work} on the order once its shop's due batches are applied, under the shop's lock. */
    public <T> T withOrder(String orderId, Instant now, Function<ErpOrder, T> work) {
        ErpOrder order = get(orderId);
        String shopId = order.shopId();
        return shopOf(shopId).atomically(now, () -> ordersOf(shopId), () -> work.apply(order));
    }

    public PrintBatchView printBatchAt(String shopId, LocalTime at, Instant now) {
        ErpShop shop = shops.computeIfAbsent(shopId, ErpShop::new);
        return shop.atomically(now, () -> ordersOf(shopId), () -> {
            shop.batchTime(at);
            return shop.view();
        });
    }

    public PrintBatchView printBatch(String shopId, Instant now) {
        ErpShop shop = shopOf(shopId);
        return shop.atomically(now, () -> ordersOf(shopId), shop::view);
    }

    public List<PrintBatchRun> printBatchRuns(String shopId, Instant now) {
        ErpShop shop = shopOf(shopId);
        return shop.atomically(now, () -> ordersOf(shopId), shop::runs);
    }

    /** The sweeper's pass: every shop catches up with the clock. */
    public void applyDueBatches(Instant now) {
        shops.values().forEach(shop -> shop.applyDue(now, () -> ordersOf(shop.shopId())));
    }

    ErpOrder get(String orderId) {
        ErpOrder order = orders.get(orderId);
        if (order == null) {
            throw new UnknownResourceException("order", orderId);
        }
        return order;
    }

    private ErpShop shopOf(String shopId) {
        ErpShop shop = shops.get(shopId);
        if (shop == null) {
            throw new UnknownResourceException("shop", shopId);
        }
        return shop;
    }

    /** In order-ID order, so a batch lists what it printed the same way every time. */
    private List<ErpOrder> ordersOf(String shopId) {
        return orders.values().stream().filter(order -> order.shopId().equals(shopId))
                .sorted(Comparator.comparing(ErpOrder::orderId)).toList();
    }
}
