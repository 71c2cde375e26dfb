package com.refundpilot.platform.domain.jd;

import java.time.Instant;

/**
 * JD staff on a bill or a complaint (京东介入): {@code interveneStatus} 1 介入中, 2 已判定; {@code judgeResult} 1 支持商家,
 * 2 支持客户, null until decided.
 */
public record JdIntervene(int interveneStatus, Instant evidenceExpireTime, Integer judgeResult) {

    public boolean decided() {
        return interveneStatus == 2 && judgeResult != null;
    }

    public boolean forMerchant() {
        return judgeResult != null && judgeResult == 1;
    }
}
