package com.refundpilot.sandbox.erp;

import com.refundpilot.sandbox.common.UnknownResourceException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The ERP's order book, in memory. */
@Component
public class ErpOrders {

    private final Map<String, ErpOrder> orders = new ConcurrentHashMap<>();

    /** Creates or replaces; answers true when the order is new. */
    public boolean put(String orderId, ErpOrderSetup setup) {
        boolean[] created = {false};
        ErpOrder order = orders.computeIfAbsent(orderId, id -> {
            created[0] = true;
            return new ErpOrder(id, setup);
        });
        if (!created[0]) {
            order.replace(setup);
        }
        return created[0];
    }

    public ErpOrder get(String orderId) {
        ErpOrder order = orders.get(orderId);
        if (order == null) {
            throw new UnknownResourceException("order", orderId);
        }
        return order;
    }
}
