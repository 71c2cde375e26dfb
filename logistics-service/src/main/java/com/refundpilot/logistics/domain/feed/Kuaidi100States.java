package com.refundpilot.logistics.domain.feed;

import static com.refundpilot.contracts.vocabulary.TrackingStatus.COLLECTED;
import static com.refundpilot.contracts.vocabulary.TrackingStatus.IN_TRANSIT;
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
 * Kuaidi100 {@code lastResult.state} → canonical status.
 *
 * <p>Confirmed (shared/docs/platforms.md "Courier tracking feeds", and the field comment of Kuaidi100's own Java
 * SDK, {@code SubscribePushResult.state}): 0 在途, 1 揽收, 2 疑难, 3 签收, 4 退签, 5 派件, 6 退回, 7 转投, 14 拒签.
 *
 * <p>Unconfirmed: the sub-states of the paid "高级物流状态" (subscribe with {@code resultv2=4}) and the customs
 * states, as they appear in several third-party integrations (not checked against Kuaidi100's documentation):
 * 101–103 ordered/awaiting/collected, 1001–1003 in transit, 201–210 problem kinds, 301–304 signed kinds, 401 order
 * cancelled, 501 put in a locker or station, 8 and 10–13 customs.
 *
 * <p>A code without a canonical meaning (a problem parcel without its kind, damage, cancellation, customs trouble,
 * not collected yet) is kept with its reason and changes nothing: a person reads the trace.
 */
public final class Kuaidi100States {

    private static final Map<String, CodeMeaning> STATES = new LinkedHashMap<>();

    static {
        put(maps("0", "在途", IN_TRANSIT, true));
        put(maps("1", "揽收", COLLECTED, true));
        put(none("2", "疑难", "a problem parcel (疑难) without its kind: a person reads the trace", true));
        put(maps("3", "签收", SIGNED, true));
        put(maps("4", "退签", RETURNED_SIGNED, true));
        put(maps("5", "派件", OUT_FOR_DELIVERY, true));
        put(maps("6", "退回", RETURNING, true));
        // 转投: forwarded to another address or outlet; the parcel still moves (a mis-sort is reported as such)
        put(maps("7", "转投", IN_TRANSIT, true));
        put(maps("14", "拒签", REFUSED_BY_RECIPIENT, true));

        put(maps("8", "清关", IN_TRANSIT, false));
        put(maps("10", "待清关", IN_TRANSIT, false));
        put(maps("11", "清关中", IN_TRANSIT, false));
        put(maps("12", "已清关", IN_TRANSIT, false));
        put(none("13", "清关异常", "customs trouble: no canonical meaning", false));
        put(none("101", "已下单", "ordered, not collected yet: nothing moved", false));
        put(none("102", "待揽收", "awaiting collection: nothing moved", false));
        put(maps("103", "已揽收", COLLECTED, false));
        put(maps("1001", "到达派件城市", IN_TRANSIT, false));
        put(maps("1002", "干线", IN_TRANSIT, false));
        put(maps("1003", "转递", IN_TRANSIT, false));
        put(none("201", "超时未签收", "overdue, not signed: the parcel watch already counts stalls from the last "
                + "movement", false));
        put(maps("202", "超时未更新", STALLED, false));
        put(maps("203", "拒收", REFUSED_BY_RECIPIENT, false));
        put(none("204", "派件异常", "a delivery problem without its kind: a person reads the trace", false));
        put(none("205", "柜或驿站超时未取", "not collected from the locker or station in time: no canonical meaning",
                false));
        put(none("206", "无法联系", "the courier cannot reach the recipient: no canonical meaning", false));
        put(none("207", "超区", "outside the courier's delivery area: no canonical meaning", false));
        put(maps("208", "滞留", STALLED, false));
        put(none("209", "破损", "damaged parcel: a person decides", false));
        put(none("210", "销单", "waybill cancelled: no canonical meaning", false));
        put(maps("301", "本人签收", SIGNED, false));
        put(maps("302", "派件异常后签收", SIGNED, false));
        put(maps("303", "代签", SIGNED, false));
        put(maps("304", "投柜或驿站签收", SIGNED, false));
        put(none("401", "已销单", "waybill cancelled: no canonical meaning", false));
        put(maps("501", "投柜或驿站", OUT_FOR_DELIVERY, false));
    }

    private Kuaidi100States() {
    }

    private static void put(CodeMeaning meaning) {
        STATES.put(meaning.code(), meaning);
    }

    /** The meaning of a state; an unknown one has none, with that reason. */
    public static CodeMeaning of(String state) {
        CodeMeaning known = STATES.get(state);
        return known != null ? known
                : none(state, "?", "unknown Kuaidi100 state '" + state + "': no canonical meaning", false);
    }

    public static List<CodeMeaning> all() {
        return List.copyOf(STATES.values());
    }
}
