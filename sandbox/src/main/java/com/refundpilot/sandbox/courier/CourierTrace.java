package com.refundpilot.sandbox.courier;

import java.time.Instant;

/**
 * One line of a parcel's trace as the courier network records it (what the native feeds push as their trace
 * lists): the event, when, where the parcel was after it, and the courier's text.
 */
public record CourierTrace(TrackingCode event, Instant at, String province, String city, String text) {

    /** The courier's wording of an event, as on a real trace ("【杭州】快件已签收，签收人：本人签收"). */
    static CourierTrace of(TrackingPush push, String signer) {
        String where = push.city() != null ? push.city() : push.province() != null ? push.province() : "转运中心";
        String what = switch (push.event()) {
            case COLLECTED -> "快件已揽收";
            case IN_TRANSIT -> "快件运输中，已发往下一站";
            case OUT_FOR_DELIVERY -> "快递员正在派件";
            case SIGNED -> "快件已签收，签收人：" + signer;
            case REFUSED_BY_RECIPIENT -> "收件人拒收，快件将退回";
            case RETURNING -> "快件退回中";
            case RETURNED_SIGNED -> "退回件已签收，签收人：" + signer;
            case STALLED -> "快件滞留，超时未更新";
            case LOST -> "快件经核实已丢失";
            case MISROUTED -> "快件错分，正在重新分拣";
            case INTERCEPT_SUCCEEDED -> "快件已拦截，将退回寄件人";
            case INTERCEPT_FAILED -> "拦截失败，快件继续派送";
        };
        return new CourierTrace(push.event(), push.at(), push.province(), push.city(), "【" + where + "】" + what);
    }
}
