package com.refundpilot.sandbox.erp;

import jakarta.validation.constraints.NotBlank;

/** Where the order ships to, at province/city granularity (the street stays out of the sandbox). */
public record Consignee(@NotBlank String province, String city) {
}
