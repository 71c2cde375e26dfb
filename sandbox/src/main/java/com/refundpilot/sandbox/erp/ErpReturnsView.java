package com.refundpilot.sandbox.erp;

import java.util.List;

/** Control view of what the warehouse recorded for an order: return parcels (arrival order) and weighings. */
public record ErpReturnsView(String orderId, List<ErpReturnView> returns, List<ErpWeighing> weighings) {
}
