package com.refundpilot.platform.domain.douyin;

import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.platform.domain.taobao.TaobaoReasons;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The detail's {@code reason} text → the canonical reason, by containment: Douyin's own phrasings first, then the
 * SOP's common table (the same texts the Taobao-style platforms show). Unknown text is OTHER, never an error; the
 * {@code reason_code} enumeration is not public and not used.
 */
public final class DouyinReasons {

    private static final Map<String, RefundReason> DOUYIN_TEXTS = new LinkedHashMap<>();

    static {
        DOUYIN_TEXTS.put("7天无理由退货", RefundReason.NO_REASON_7D);
        DOUYIN_TEXTS.put("不喜欢/效果不好", RefundReason.NOT_WANTED);
        DOUYIN_TEXTS.put("商品与页面描述不符", RefundReason.NOT_AS_DESCRIBED);
        DOUYIN_TEXTS.put("商品破损/包装破损", RefundReason.DAMAGED);
        DOUYIN_TEXTS.put("少件/漏发", RefundReason.MISSING_ITEM);
        DOUYIN_TEXTS.put("商家发错货", RefundReason.WRONG_ITEM_SENT);
        DOUYIN_TEXTS.put("发货慢", RefundReason.LATE_SHIPMENT);
        DOUYIN_TEXTS.put("未按约定时间发货", RefundReason.LATE_SHIPMENT);
        DOUYIN_TEXTS.put("快递一直未送到", RefundReason.NOT_RECEIVED);
        DOUYIN_TEXTS.put("多拍/拍错/不想要", RefundReason.ORDERED_BY_MISTAKE);
    }

    private DouyinReasons() {
    }

    public static RefundReason normalize(String text) {
        if (text == null || text.isBlank()) {
            return RefundReason.OTHER;
        }
        return DOUYIN_TEXTS.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> TaobaoReasons.normalize(text));
    }
}
