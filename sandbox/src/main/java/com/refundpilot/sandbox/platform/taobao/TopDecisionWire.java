package com.refundpilot.sandbox.platform.taobao;

import java.util.LinkedHashMap;
import java.util.Map;

/** A merchant decision's answer on the wire: the subject's ID, succ, message, and sub_code when refused. */
final class TopDecisionWire {

    private TopDecisionWire() {
    }

    static Map<String, Object> of(String idField, CallResult result, Map<String, Object> extra) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put(idField, result.refundId());
        wire.put("succ", result.succ());
        wire.put("message", result.message());
        if (result.subCode() != null) {
            wire.put("sub_code", result.subCode());
        }
        if (result.succ()) {
            wire.putAll(extra);
        }
        return wire;
    }
}
