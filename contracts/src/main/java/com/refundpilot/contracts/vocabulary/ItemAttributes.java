package com.refundpilot.contracts.vocabulary;

/**
 * What the merchant's systems know of the ordered item (refund-sop-spec §2): custom-made (定制/代购) and
 * whether its production started (cost incurred, NS-6), perishable (生鲜, RR-17).
 */
public record ItemAttributes(String sku, String style, String color, String size, boolean customMade,
        boolean perishable, boolean productionStarted) {

    public static final ItemAttributes STANDARD = new ItemAttributes(null, null, null, null, false, false, false);
}
