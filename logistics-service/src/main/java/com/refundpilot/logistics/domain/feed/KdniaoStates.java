package com.refundpilot.logistics.domain.feed;

import static com.refundpilot.contracts.vocabulary.TrackingStatus.COLLECTED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.INTERCEPT_SUCCEEDED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.IN_TRANSIT;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.MISROUTED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.OUT_FOR_DELIVERY;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.REFUSED_BY_RECIPIENT;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.RETURNED_SIGNED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.RETURNING;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.SIGNED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.STALLED;
import static com.refundpilot.logistics.domain.feed.CodeMeaning.maps;
import static com.refundpilot.logistics.domain.feed.CodeMeaning.none;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kdniao {@code State} / {@code StateEx} → canonical status. {@code StateEx} (the paid "增值" detail) is read first;
 * when it is absent or not a known code, {@code State} decides.
 *
 * <p>Confirmed (shared/docs/platforms.md "Courier tracking feeds"): State 0 no trace, 1 collected, 2 in transit,
 * 3 signed, 4 problem; StateEx 202 out for delivery, 211 put in a locker or station, 311 signed at the locker or
 * station, 404 refused, 406 return signed, 407 return not signed, 413 intercepted, 414 damaged, 422 mis-sorted.
 *
 * <p>Unconfirmed: the other codes of Kdniao's StateEx list as published in third-party integrations (not checked
 * against Kdniao's documentation): State 5 forwarded, 6 customs, 10 awaiting collection; 201/204/205/206 on the
 * way, 301/302/304 signed kinds, 401–423 problem kinds, 601–604 customs.
 *
 * <p>Our reading: 211 (in a locker or station, not yet taken) is the last mile, OUT_FOR_DELIVERY; 407 (a return not
 * signed yet) is a parcel on its way back, RETURNING. A code without a canonical meaning is kept with its reason.
 */
public final class KdniaoStates {

    private static final Map<String, CodeMeaning> STATES = new LinkedHashMap<>();
    private static final Map<String, CodeMeaning> DETAILS = new LinkedHashMap<>();

    static {
        state(none("0", "暂无轨迹信息", "no trace yet", true));
        state(maps("1", "已揽收", COLLECTED, true));
        state(maps("2", "在途中", IN_TRANSIT, true));
        state(maps("3", "签收", SIGNED, true));
        state(none("4", "问题件", "a problem parcel without a known kind: a person reads the trace", true));
        state(maps("5", "转寄", IN_TRANSIT, false));
        state(maps("6", "清关", IN_TRANSIT, false));
        state(none("10", "待揽件", "awaiting collection: nothing moved", false));

        detail(maps("202", "派件中", OUT_FOR_DELIVERY, true));
        detail(maps("211", "已放入快递柜或驿站", OUT_FOR_DELIVERY, true));
        detail(maps("311", "快递柜或驿站签收", SIGNED, true));
        detail(maps("404", "拒收(退件)", REFUSED_BY_RECIPIENT, true));
        detail(maps("406", "退货签收", RETURNED_SIGNED, true));
        detail(maps("407", "退货未签收", RETURNING, true));
        detail(maps("413", "单号已拦截", INTERCEPT_SUCCEEDED, true));
        detail(none("414", "破损", "damaged parcel: a person decides", true));
        detail(maps("422", "错分件", MISROUTED, true));

        detail(maps("201", "到达派件城市", IN_TRANSIT, false));
        detail(maps("204", "到达转运中心", IN_TRANSIT, false));
        detail(maps("205", "到达派件网点", IN_TRANSIT, false));
        detail(maps("206", "寄件网点发件", IN_TRANSIT, false));
        detail(maps("301", "正常签收", SIGNED, false));
        detail(maps("302", "轨迹异常后最终签收", SIGNED, false));
        detail(maps("304", "代收签收", SIGNED, false));
        detail(none("401", "发货无信息", "shipped without any trace: nothing moved", false));
        detail(none("402", "超时未签收", "overdue, not signed: the parcel watch already counts stalls from the last "
                + "movement", false));
        detail(maps("403", "超时未更新", STALLED, false));
        detail(none("405", "派件异常", "a delivery problem without its kind: a person reads the trace", false));
        detail(none("412", "快递柜或驿站超时未取", "not collected from the locker or station in time: no canonical "
                + "meaning", false));
        detail(none("415", "客户取消发货", "the shipment was cancelled: no canonical meaning", false));
        detail(none("416", "无法联系", "the courier cannot reach the recipient: no canonical meaning", false));
        detail(none("417", "配送延迟", "delivery delayed: the parcel watch already counts stalls", false));
        detail(none("418", "快件取出", "taken out (of a locker or station): no canonical meaning", false));
        detail(maps("419", "重新派送", OUT_FOR_DELIVERY, false));
        detail(none("420", "收货地址不详细", "incomplete address: no canonical meaning", false));
        detail(none("421", "收件人电话错误", "wrong recipient phone: no canonical meaning", false));
        detail(none("423", "超区件", "outside the courier's delivery area: no canonical meaning", false));
        detail(none("601", "待清关", "awaiting customs: no canonical meaning", false));
        detail(maps("602", "清关中", IN_TRANSIT, false));
        detail(maps("603", "已清关", IN_TRANSIT, false));
        detail(none("604", "清关异常", "customs trouble: no canonical meaning", false));
    }

    private KdniaoStates() {
    }

    private static void state(CodeMeaning meaning) {
        STATES.put(meaning.code(), meaning);
    }

    private static void detail(CodeMeaning meaning) {
        DETAILS.put(meaning.code(), meaning);
    }

    /** The meaning of a parcel's state, by its StateEx when known, else by its State. */
    public static CodeMeaning of(String state, String stateEx) {
        CodeMeaning detail = stateEx == null ? null : DETAILS.get(stateEx);
        if (detail != null) {
            return detail;
        }
        CodeMeaning known = state == null ? null : STATES.get(state);
        if (known != null) {
            return known;
        }
        return none(state + "/" + stateEx, "?", "unknown Kdniao State '" + state + "'"
                + (stateEx == null ? "" : " / StateEx '" + stateEx + "'") + ": no canonical meaning", false);
    }

    public static List<CodeMeaning> states() {
        return List.copyOf(STATES.values());
    }

    public static List<CodeMeaning> details() {
        return List.copyOf(DETAILS.values());
    }
}
