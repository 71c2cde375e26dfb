package com.refundpilot.sandbox.erp;

/**
 * What the ERP knows of the ordered goods: SKU, style, colour, size, custom-made (定制/代购) and whether its
 * production started (cost incurred, NS-6), perishable (生鲜). A flag left out is false.
 */
public record ErpItem(String sku, String style, String color, String size, Boolean customMade, Boolean perishable,
        Boolean productionStarted) {

    public ErpItem {
        customMade = Boolean.TRUE.equals(customMade);
        perishable = Boolean.TRUE.equals(perishable);
        productionStarted = Boolean.TRUE.equals(productionStarted);
    }
}
