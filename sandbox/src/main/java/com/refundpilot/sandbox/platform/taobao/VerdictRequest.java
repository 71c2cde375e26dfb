package com.refundpilot.sandbox.platform.taobao;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Platform staff decide the dispute {@code {"for":"MERCHANT|BUYER"}} (control API; "for" is checked in code). */
public record VerdictRequest(@JsonProperty("for") Intervention.VerdictFor verdictFor) {
}
