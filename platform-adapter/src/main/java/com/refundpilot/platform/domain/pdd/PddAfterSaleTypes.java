package com.refundpilot.platform.domain.pdd;

import com.refundpilot.contracts.vocabulary.RefundType;

/**
 * PDD numbers after-sale types twice, differently: the detail (and the message's {@code bill_type}) 1 refund only,
 * 2 return, 3 exchange, 4 reship, 5 repair; the increment list 1 all, 2 refund only, 3 return, 4 exchange, 5 reship
 * (6 repair). Two tables, never one shifted by the other in a reader's head.
 */
public final class PddAfterSaleTypes {

    /** The increment list's query value for every type. */
    public static final int LIST_ALL = 1;

    private PddAfterSaleTypes() {
    }

    /** {@code pdd.refund.information.get}'s after_sales_type; repair and unknown codes are unmappable. */
    public static RefundType ofDetail(int code) {
        return switch (code) {
            case 1 -> RefundType.REFUND_ONLY;
            case 2 -> RefundType.RETURN_AND_REFUND;
            case 3 -> RefundType.EXCHANGE;
            case 4 -> RefundType.RESHIP;
            case 5 -> throw new IllegalArgumentException("after_sales_type 5 is a repair (维修): not an SOP request");
            default -> throw new IllegalArgumentException("unknown after_sales_type " + code);
        };
    }

    /** {@code pdd.refund.list.increment.get}'s after_sales_type; 1 is "all", a query value no after-sale has. */
    public static RefundType ofList(int code) {
        return switch (code) {
            case 2 -> RefundType.REFUND_ONLY;
            case 3 -> RefundType.RETURN_AND_REFUND;
            case 4 -> RefundType.EXCHANGE;
            case 5 -> RefundType.RESHIP;
            case 1 -> throw new IllegalArgumentException("list after_sales_type 1 means all types");
            default -> throw new IllegalArgumentException("unknown list after_sales_type " + code);
        };
    }

    /** The list's code to ask for one canonical type. */
    public static int listCodeOf(RefundType type) {
        return switch (type) {
            case REFUND_ONLY -> 2;
            case RETURN_AND_REFUND -> 3;
            case EXCHANGE -> 4;
            case RESHIP -> 5;
        };
    }
}
