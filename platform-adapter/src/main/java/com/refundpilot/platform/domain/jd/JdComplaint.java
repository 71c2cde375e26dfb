package com.refundpilot.platform.domain.jd;

import java.time.Instant;
import java.util.List;

/**
 * A complaint (投诉) as {@code jingdong.asc.complaint.view} shows it: {@code complaintType} 1 延迟发货, 2 服务态度, 9 其他;
 * {@code status} 1 待商家处理, 2 同意, 3 驳回, 4 已判定; {@code merchantAnswer} 1 同意 / 2 驳回 once answered.
 */
public record JdComplaint(String complaintId, String orderId, String buId, int complaintType, int status,
        Instant created, Instant modified, Instant expireTime, Instant promiseShipTime, Instant outBoundTime,
        Long orderPaymentFen, JdIntervene intervene, Integer merchantAnswer, List<String> evidences) {

    public JdComplaint {
        evidences = evidences == null ? List.of() : List.copyOf(evidences);
    }

    public boolean awaitsAnswer() {
        return status == 1;
    }
}
