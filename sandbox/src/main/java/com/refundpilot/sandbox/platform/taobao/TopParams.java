package com.refundpilot.sandbox.platform.taobao;

import java.util.Map;

/** Reading a TOP method's own parameters: a missing one is code 40, a malformed one 41, as TOP answers. */
final class TopParams {

    private TopParams() {
    }

    static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw TopApiException.missingParameter(name);
        }
        return value;
    }

    static String optional(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static long requiredLong(Map<String, String> params, String name) {
        String value = required(params, name);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw TopApiException.invalidParameter(name, name + " is not a number: '" + value + "'");
        }
    }

    static long requiredYuan(Map<String, String> params, String name) {
        String value = required(params, name);
        return TaobaoWire.fen(value).orElseThrow(() -> TopApiException.invalidParameter(name,
                name + " must be yuan with at most two decimals, like 419.30: '" + value + "'"));
    }

    static <E extends Enum<E>> E requiredEnum(Map<String, String> params, String name, Class<E> type) {
        String value = required(params, name);
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw TopApiException.invalidParameter(name, name + " is not one of " + java.util.Arrays.toString(
                    type.getEnumConstants()) + ": '" + value + "'");
        }
    }
}
