package com.refundpilot.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Item attributes of an order ({@code order.item}). Every key is optional; keys the format does not
 * name are kept in {@link #extra()} (the only place a scenario may add keys of its own).
 *
 * @param sku SKU code, or null
 * @param style style name (款式), or null
 * @param color colour, or null
 * @param size size, always text ({@code 42} and {@code "42"} both give {@code "42"}), or null
 * @param customMade 定制 / 代购 item
 * @param perishable 生鲜, worthless once returned
 * @param productionStarted custom-made item whose production has started (cost incurred)
 * @param extra further attributes in file order: String, Boolean, Long, BigInteger, BigDecimal, or
 *     unmodifiable List/Map of these (null for an explicit null)
 */
public record Item(
        String sku,
        String style,
        String color,
        String size,
        boolean customMade,
        boolean perishable,
        boolean productionStarted,
        Map<String, Object> extra) {

    /** An item with no attributes (an order without {@code item:}). */
    public static final Item NONE = new Item(null, null, null, null, false, false, false, Map.of());

    public Item {
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
