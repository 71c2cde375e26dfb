package com.refundpilot.scenario.run;

import com.refundpilot.scenario.model.Reason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The reason text a Taobao-style platform shows for each canonical reason of a scenario
 * ({@code platform.reason}): the runner opens a sandbox refund with this text, as a buyer picks it on the
 * platform. platform-adapter holds the reverse table (text to canonical reason); keep the two in step.
 */
public final class PlatformReasonTexts {

    private static final Map<Reason, String> TEXTS;

    static {
        Map<Reason, String> t = new EnumMap<>(Reason.class);
        t.put(Reason.NOT_WANTED, "不想要了");
        t.put(Reason.ORDERED_BY_MISTAKE, "拍错/多拍");
        t.put(Reason.QUALITY, "质量问题");
        t.put(Reason.NOT_AS_DESCRIBED, "与描述不符");
        t.put(Reason.DAMAGED, "破损");
        t.put(Reason.NOT_RECEIVED, "未收到货");
        t.put(Reason.MISSING_ITEM, "少件/漏发");
        t.put(Reason.WRONG_ITEM_SENT, "发错货");
        t.put(Reason.SHIPPING_FEE, "退运费");
        t.put(Reason.INVOICE, "发票问题");
        t.put(Reason.OUT_OF_STOCK, "缺货");
        t.put(Reason.LATE_SHIPMENT, "未按约定时间发货");
        t.put(Reason.NO_REASON_7D, "7天无理由");
        t.put(Reason.OTHER, "其他");
        for (Reason r : Reason.values()) {
            if (!t.containsKey(r)) {
                throw new ExceptionInInitializerError("no platform reason text for " + r);
            }
        }
        TEXTS = Collections.unmodifiableMap(t);
    }

    private PlatformReasonTexts() {
    }

    /** The platform's reason text for a canonical reason, e.g. 不想要了 for NOT_WANTED. */
    public static String textOf(Reason reason) {
        return TEXTS.get(reason);
    }

    /** The whole table, in {@link Reason} order. */
    public static Map<Reason, String> all() {
        return TEXTS;
    }
}
