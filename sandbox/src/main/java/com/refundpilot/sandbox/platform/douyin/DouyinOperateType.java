package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.RefundType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code afterSale/operate}'s {@code type}: which decision, for which kind of after-sale, and (for a refusal) before or
 * after the return shipped. 101/301/311 and their {@code logistics} are the Go SDK's; the other numbers follow the
 * operate guide's pattern (x01 agree, x02 refuse, x11/x12 the second review) and are sandbox assumptions.
 */
enum DouyinOperateType {
    AGREE_RETURN(101, Decision.AGREE_RETURN, Set.of(RefundType.RETURN_AND_REFUND), Stage.ANY),
    REFUSE_RETURN(102, Decision.REFUSE, Set.of(RefundType.RETURN_AND_REFUND), Stage.BEFORE_RETURN),
    AGREE_REFUND_AFTER_RETURN(111, Decision.AGREE, Set.of(RefundType.RETURN_AND_REFUND, RefundType.EXCHANGE), Stage.ANY),
    REFUSE_REFUND_AFTER_RETURN(112, Decision.REFUSE, Set.of(RefundType.RETURN_AND_REFUND), Stage.AFTER_RETURN),
    AGREE_REFUND(201, Decision.AGREE, Set.of(RefundType.REFUND_ONLY, RefundType.RESHIP), Stage.ANY),
    REFUSE_REFUND(202, Decision.REFUSE, Set.of(RefundType.REFUND_ONLY, RefundType.RESHIP), Stage.ANY),
    AGREE_EXCHANGE(301, Decision.AGREE_RETURN, Set.of(RefundType.EXCHANGE), Stage.ANY),
    REFUSE_EXCHANGE(302, Decision.REFUSE, Set.of(RefundType.EXCHANGE), Stage.BEFORE_RETURN),
    EXCHANGE_SHIPPED(311, Decision.CONSIGN_EXCHANGE, Set.of(RefundType.EXCHANGE), Stage.ANY),
    REFUSE_EXCHANGE_AFTER_RETURN(312, Decision.REFUSE, Set.of(RefundType.EXCHANGE), Stage.AFTER_RETURN);

    enum Decision { AGREE, REFUSE, AGREE_RETURN, CONSIGN_EXCHANGE }

    /** A refusal of a return is 一审 (102/302) until the buyer shipped it, 二审 (112/312) after. */
    enum Stage { ANY, BEFORE_RETURN, AFTER_RETURN }

    private final int code;
    private final Decision decision;
    private final Set<RefundType> types;
    private final Stage stage;

    DouyinOperateType(int code, Decision decision, Set<RefundType> types, Stage stage) {
        this.code = code;
        this.decision = decision;
        this.types = types;
        this.stage = stage;
    }

    static Optional<DouyinOperateType> of(long code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }

    int code() {
        return code;
    }

    Decision decision() {
        return decision;
    }

    boolean servesType(RefundType type) {
        return types.contains(type);
    }

    boolean fitsStage(boolean returnShipped) {
        return stage == Stage.ANY || (stage == Stage.AFTER_RETURN) == returnShipped;
    }
}
