package com.refundpilot.sandbox.courier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The courier's tracking push as Kdniao sends it: a form with {@code RequestData} (JSON: {@code EBusinessID},
 * {@code PushTime}, {@code Count}, {@code Data} with one parcel: {@code ShipperCode}, {@code LogisticCode},
 * {@code State}, {@code StateEx}, {@code Location} and its {@code Traces} oldest first), {@code DataSign} and
 * {@code RequestType} 101. {@code Location} is written "province" + "city" ("浙江杭州") so that the province is known
 * (real Kdniao pushes often name the city alone). Only events Kdniao's states can say are pushed this way (see
 * {@link #stateOf}); the others go over the sandbox push.
 */
final class KdniaoWire {

    /** Kdniao's State and StateEx of an event. */
    record KdniaoState(String state, String stateEx) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final String eBusinessId;
    private final String appKey;

    KdniaoWire(String eBusinessId, String appKey) {
        this.eBusinessId = eBusinessId;
        this.appKey = appKey;
    }

    /**
     * State/StateEx for an event: 1 collected, 2 in transit, 2/202 out for delivery, 3/301 signed, 4/404 refused,
     * 4/407 a return not signed yet (on its way back), 4/406 return signed, 4/403 not updated (a stall), 4/422
     * mis-sorted, 4/413 intercepted. Kdniao has no state for a lost parcel or a failed intercept.
     */
    static Optional<KdniaoState> stateOf(TrackingCode event) {
        return Optional.ofNullable(switch (event) {
            case COLLECTED -> new KdniaoState("1", "1");
            case IN_TRANSIT -> new KdniaoState("2", "2");
            case OUT_FOR_DELIVERY -> new KdniaoState("2", "202");
            case SIGNED -> new KdniaoState("3", "301");
            case REFUSED_BY_RECIPIENT -> new KdniaoState("4", "404");
            case RETURNING -> new KdniaoState("4", "407");
            case RETURNED_SIGNED -> new KdniaoState("4", "406");
            case STALLED -> new KdniaoState("4", "403");
            case MISROUTED -> new KdniaoState("4", "422");
            case INTERCEPT_SUCCEEDED -> new KdniaoState("4", "413");
            case LOST, INTERCEPT_FAILED -> null;
        });
    }

    /** The form for this push, with the parcel's whole trace; empty when Kdniao has no state for the event. */
    Optional<MultiValueMap<String, String>> form(TrackingPush push, List<CourierTrace> traces) {
        Optional<KdniaoState> state = stateOf(push.event());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (CourierTrace trace : traces) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("AcceptTime", CourierWallClock.format(trace.at()));
            entry.put("AcceptStation", trace.text());
            entry.put("Location", location(trace.province(), trace.city()));
            stateOf(trace.event()).ifPresent(s -> entry.put("Action", s.stateEx()));
            list.add(entry);
        }
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("EBusinessID", eBusinessId);
        parcel.put("ShipperCode", push.carrier());
        parcel.put("LogisticCode", push.trackingNo());
        parcel.put("Success", true);
        parcel.put("State", state.get().state());
        parcel.put("StateEx", state.get().stateEx());
        parcel.put("Location", location(push.province(), push.city()));
        parcel.put("Traces", list);
        Map<String, Object> requestData = new LinkedHashMap<>();
        requestData.put("EBusinessID", eBusinessId);
        requestData.put("PushTime", CourierWallClock.format(push.at()));
        requestData.put("Count", "1");
        requestData.put("Data", List.of(parcel));
        String text = json.writeValueAsString(requestData);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("RequestData", text);
        form.add("DataSign", FeedSigning.kdniao(text, appKey));
        form.add("RequestType", "101");
        return Optional.of(form);
    }

    private static String location(String province, String city) {
        if (province == null) {
            return null;
        }
        return city == null ? province : province + city;
    }
}
