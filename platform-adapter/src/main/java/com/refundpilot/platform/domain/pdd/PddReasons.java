package com.refundpilot.platform.domain.pdd;

import com.refundpilot.contracts.vocabulary.RefundReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PDD's reason texts ({@code after_sales_reason}) → normalized reasons, by containment (first match wins, so the
 * more specific texts come first); anything unknown is OTHER, never an error.
 */
public final class PddReasons {

    private static final Map<String, RefundReason> BY_TEXT = new LinkedHashMap<>();

    static {
        BY_TEXT.put("7天无理由", RefundReason.NO_REASON_7D);
        BY_TEXT.put("七天无理由", RefundReason.NO_REASON_7D);
        BY_TEXT.put("描述不符", RefundReason.NOT_AS_DESCRIBED);
        BY_TEXT.put("货不对板", RefundReason.NOT_AS_DESCRIBED);
        BY_TEXT.put("质量问题", RefundReason.QUALITY);
        BY_TEXT.put("破损", RefundReason.DAMAGED);
        BY_TEXT.put("损坏", RefundReason.DAMAGED);
        BY_TEXT.put("未收到货", RefundReason.NOT_RECEIVED);
        BY_TEXT.put("一直未送到", RefundReason.NOT_RECEIVED);
        BY_TEXT.put("空包裹", RefundReason.NOT_RECEIVED);
        BY_TEXT.put("少件", RefundReason.MISSING_ITEM);
        BY_TEXT.put("漏发", RefundReason.MISSING_ITEM);
        BY_TEXT.put("缺件", RefundReason.MISSING_ITEM);
        BY_TEXT.put("发错货", RefundReason.WRONG_ITEM_SENT);
        BY_TEXT.put("错发", RefundReason.WRONG_ITEM_SENT);
        BY_TEXT.put("退运费", RefundReason.SHIPPING_FEE);
        BY_TEXT.put("发票", RefundReason.INVOICE);
        BY_TEXT.put("缺货", RefundReason.OUT_OF_STOCK);
        BY_TEXT.put("未按约定时间发货", RefundReason.LATE_SHIPMENT);
        BY_TEXT.put("发货慢", RefundReason.LATE_SHIPMENT);
        BY_TEXT.put("延迟发货", RefundReason.LATE_SHIPMENT);
        BY_TEXT.put("拍错", RefundReason.ORDERED_BY_MISTAKE);
        BY_TEXT.put("多拍", RefundReason.ORDERED_BY_MISTAKE);
        BY_TEXT.put("错拍", RefundReason.ORDERED_BY_MISTAKE);
        BY_TEXT.put("不想要了", RefundReason.NOT_WANTED);
        BY_TEXT.put("不喜欢", RefundReason.NOT_WANTED);
    }

    private PddReasons() {
    }

    public static RefundReason normalize(String text) {
        if (text == null || text.isBlank()) {
            return RefundReason.OTHER;
        }
        return BY_TEXT.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(RefundReason.OTHER);
    }
}
