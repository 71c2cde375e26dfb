package com.refundpilot.platform.domain.jd;

import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.platform.domain.taobao.TaobaoReasons;
import java.util.Map;

/**
 * JD's 问题类型 (the bill's {@code questionTypeCid1}) → normalized reasons (refund-sop-spec §2), the table of
 * docs/platform-wire-formats/jd.md §5. An ID not in the table (1099 其他, or another category's) is read by its name,
 * with the shared Chinese reason-text table; anything else is OTHER, never an error.
 */
public final class JdReasons {

    private static final Map<Integer, RefundReason> BY_CID = Map.ofEntries(
            Map.entry(1001, RefundReason.NO_REASON_7D),
            Map.entry(1002, RefundReason.NOT_AS_DESCRIBED),
            Map.entry(1003, RefundReason.QUALITY),
            Map.entry(1004, RefundReason.DAMAGED),
            Map.entry(1005, RefundReason.NOT_RECEIVED),
            Map.entry(1006, RefundReason.MISSING_ITEM),
            Map.entry(1007, RefundReason.WRONG_ITEM_SENT),
            Map.entry(1008, RefundReason.SHIPPING_FEE),
            Map.entry(1009, RefundReason.INVOICE),
            Map.entry(1010, RefundReason.OUT_OF_STOCK),
            Map.entry(1011, RefundReason.LATE_SHIPMENT),
            Map.entry(1012, RefundReason.ORDERED_BY_MISTAKE),
            Map.entry(1013, RefundReason.NOT_WANTED),
            Map.entry(1014, RefundReason.OTHER));

    private JdReasons() {
    }

    public static RefundReason normalize(Integer questionTypeCid1, String questionTypeName) {
        RefundReason byCid = questionTypeCid1 == null ? null : BY_CID.get(questionTypeCid1);
        return byCid != null ? byCid : TaobaoReasons.normalize(questionTypeName);
    }
}
