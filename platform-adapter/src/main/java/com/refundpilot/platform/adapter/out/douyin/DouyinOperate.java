package com.refundpilot.platform.adapter.out.douyin;

import com.refundpilot.platform.domain.douyin.DouyinAfterSale;
import com.refundpilot.platform.domain.douyin.DouyinTypes;

/**
 * Which {@code afterSale/operate} type a decision is on this after-sale: an agree pays a refund-only request (201) or
 * confirms a return's receipt and pays (111); a refusal is 202 for refund only, else the return's or exchange's first
 * (102 / 302) or second review (112 / 312, once the goods shipped back); an agreed return is 101, an exchange 301.
 */
final class DouyinOperate {

    static final int AGREE_RETURN = 101;
    static final int AGREE_EXCHANGE = 301;
    static final int EXCHANGE_SHIPPED = 311;

    private DouyinOperate() {
    }

    static int agree(DouyinAfterSale a) {
        return DouyinTypes.goodsComeBack(a.type()) ? 111 : 201;
    }

    static int refuse(DouyinAfterSale a) {
        return switch (a.type()) {
            case 0 -> a.returnShipped() ? 112 : 102;
            case 3 -> a.returnShipped() ? 312 : 302;
            default -> 202;
        };
    }

    static int agreeReturn(DouyinAfterSale a) {
        return a.type() == 3 ? AGREE_EXCHANGE : AGREE_RETURN;
    }
}
