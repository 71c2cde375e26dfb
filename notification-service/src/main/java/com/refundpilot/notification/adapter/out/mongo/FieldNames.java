package com.refundpilot.notification.adapter.out.mongo;

/**
 * SKUs, reasons and rule IDs become field names in the day documents; a field name may contain neither
 * '.' (a path separator) nor a leading '$'. Percent-escaping keeps them readable and reversible.
 */
final class FieldNames {

    private FieldNames() {
    }

    static String escape(String name) {
        return name.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String unescape(String field) {
        return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
