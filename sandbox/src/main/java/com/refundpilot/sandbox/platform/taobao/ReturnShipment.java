package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;

/** The return waybill the buyer filled in (Taobao company_name + sid). */
public record ReturnShipment(String carrier, String trackingNo, Instant at) {
}
