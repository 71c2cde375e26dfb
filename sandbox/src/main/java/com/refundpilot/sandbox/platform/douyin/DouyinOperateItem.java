package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import java.util.List;

/**
 * One item of {@code afterSale/operate}, read and checked for its parameters before anything happens: the after-sale,
 * the {@code update_time} it was decided on (null: not checked, as the platform does), and what the decision needs.
 */
record DouyinOperateItem(TaobaoRefund refund, Long updateTime, String reason, String remark, Long rejectReasonCode,
        List<String> evidence, ReturnAddress address, String logisticsCompany, String logisticsCode) {

    /** {@code logistics.after_sale_address_detail} of an agreed return. */
    record ReturnAddress(String province, String city, String detail, String name, String mobile) {
    }

    String afterSaleId() {
        return refund.refundId();
    }

    /** What the buyer reads: the visible remark (用户可见备注) when given, else the reason. */
    String refusalText() {
        return remark != null && !remark.isBlank() ? remark : reason;
    }
}
