package com.refundpilot.kit.logging;

import java.util.regex.Pattern;

/** Masks personal data before it reaches a log line: mainland mobile numbers and street addresses. */
public final class Pii {

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern ADDRESS_DETAIL =
            Pattern.compile("([\\u4e00-\\u9fa5]{2,}(?:省|市|区|县|镇|街道|路|街|号|室|栋|单元|村|弄|巷))[^,,;;\"}\\s]*");

    private Pii() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = MOBILE.matcher(text).replaceAll("$1****$2");
        return ADDRESS_DETAIL.matcher(masked).replaceAll(match -> {
            String head = match.group(1);
            return head.substring(0, Math.min(2, head.length())) + "***";
        });
    }
}
