package com.refundpilot.platform.domain.wechat;

import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.platform.domain.taobao.TaobaoReasons;
import java.util.Map;

/**
 * WeChat's after-sale reasons: the public AfterSaleReason codes first; 10000008 (其他) and codes not in the table are
 * read from {@code reason_text} with the Chinese text table (7天无理由, 质量问题, …), so nothing is an error.
 */
public final class WechatReasons {

    public static final String OTHER_CODE = "10000008";

    private static final Map<String, RefundReason> BY_CODE = Map.of(
            "10000000", RefundReason.NOT_WANTED,
            "10000001", RefundReason.OUT_OF_STOCK,
            "10000002", RefundReason.ORDERED_BY_MISTAKE,
            "10000006", RefundReason.WRONG_ITEM_SENT,
            "10000007", RefundReason.NOT_RECEIVED,
            "10000015", RefundReason.NOT_RECEIVED,
            "10000017", RefundReason.NOT_RECEIVED,
            "10000021", RefundReason.QUALITY,
            "10000014", RefundReason.OTHER);

    private WechatReasons() {
    }

    public static RefundReason normalize(String code, String text) {
        RefundReason byCode = code == null ? null : BY_CODE.get(code.trim());
        return byCode != null ? byCode : TaobaoReasons.normalize(text);
    }
}
