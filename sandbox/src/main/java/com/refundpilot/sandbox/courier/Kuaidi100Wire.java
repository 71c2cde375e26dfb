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
 * The courier's tracking push as Kuaidi100 sends it: a form with {@code param} (JSON: {@code status},
 * {@code lastResult} with {@code nu}, {@code com}, {@code state} and the whole trace newest first, each entry
 * {@code time}/{@code ftime}/{@code context}/{@code areaName} "province,city") and {@code sign}. Only events
 * Kuaidi100's states can say are pushed this way (see {@link #stateOf}); the others go over the sandbox push.
 */
final class Kuaidi100Wire {

    /** Kuaidi100's company codes of the carriers the sandbox knows; any other is its code in lower case. */
    private static final Map<String, String> COMPANIES = Map.of("SF", "shunfeng", "ZTO", "zhongtong",
            "YTO", "yuantong", "STO", "shentong", "YD", "yunda", "JD", "jd", "EMS", "ems", "HTKY", "huitongkuaidi",
            "JTSD", "jtexpress", "DBL", "debangkuaidi");

    private final JsonMapper json = JsonMapper.builder().build();
    private final String salt;

    Kuaidi100Wire(String salt) {
        this.salt = salt;
    }

    /**
     * The {@code lastResult.state} for an event: 0 在途, 1 揽收, 3 签收, 4 退签, 5 派件, 6 退回, 14 拒签, and 202 超时未更新
     * (a sub-state of Kuaidi100's paid advanced states) for a stall. Kuaidi100 has no state for a lost parcel, a
     * mis-sort or an intercept's result.
     */
    static Optional<String> stateOf(TrackingCode event) {
        return Optional.ofNullable(switch (event) {
            case COLLECTED -> "1";
            case IN_TRANSIT -> "0";
            case OUT_FOR_DELIVERY -> "5";
            case SIGNED -> "3";
            case REFUSED_BY_RECIPIENT -> "14";
            case RETURNING -> "6";
            case RETURNED_SIGNED -> "4";
            case STALLED -> "202";
            case LOST, MISROUTED, INTERCEPT_SUCCEEDED, INTERCEPT_FAILED -> null;
        });
    }

    /** The form for this push, with the parcel's whole trace; empty when Kuaidi100 has no state for the event. */
    Optional<MultiValueMap<String, String>> form(TrackingPush push, List<CourierTrace> traces) {
        Optional<String> state = stateOf(push.event());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = traces.size() - 1; i >= 0; i--) {
            data.add(entry(traces.get(i)));
        }
        boolean signed = push.event().signed();
        Map<String, Object> lastResult = new LinkedHashMap<>();
        lastResult.put("message", "ok");
        lastResult.put("nu", push.trackingNo());
        lastResult.put("ischeck", signed ? "1" : "0");
        lastResult.put("com", push.carrier() == null ? null
                : COMPANIES.getOrDefault(push.carrier(), push.carrier().toLowerCase()));
        lastResult.put("status", "200");
        lastResult.put("state", state.get());
        lastResult.put("data", data);
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("status", signed ? "shutdown" : "polling");
        param.put("billstatus", "");
        param.put("message", "");
        param.put("autoCheck", "0");
        param.put("lastResult", lastResult);
        String text = json.writeValueAsString(param);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("param", text);
        form.add("sign", FeedSigning.kuaidi100(text, salt));
        return Optional.of(form);
    }

    private static Map<String, Object> entry(CourierTrace trace) {
        Map<String, Object> entry = new LinkedHashMap<>();
        String time = CourierWallClock.format(trace.at());
        entry.put("time", time);
        entry.put("ftime", time);
        entry.put("context", trace.text());
        entry.put("areaName", trace.province() == null ? null
                : trace.city() == null ? trace.province() : trace.province() + "," + trace.city());
        return entry;
    }
}
