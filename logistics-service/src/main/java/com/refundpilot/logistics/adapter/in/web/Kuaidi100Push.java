package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.domain.TrackingReport;
import com.refundpilot.logistics.domain.feed.CodeMeaning;
import com.refundpilot.logistics.domain.feed.CourierTime;
import com.refundpilot.logistics.domain.feed.FeedUpdate;
import com.refundpilot.logistics.domain.feed.Kuaidi100Carriers;
import com.refundpilot.logistics.domain.feed.Kuaidi100States;
import com.refundpilot.logistics.domain.feed.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code param} of a Kuaidi100 push, {@code {"status","message","lastResult":{"nu","com","state",
 * "data":[{"time","ftime","context","areaName"}]}}}, as one parcel update: the parcel's {@code state} at the time of
 * its latest trace, located by that trace's {@code areaName} ("广东,深圳市") when present. Required: {@code status},
 * {@code lastResult}, {@code lastResult.nu}, {@code lastResult.state}, and a time on every trace ({@code time}, or
 * {@code ftime} when {@code time} is missing; {@code yyyy-MM-dd HH:mm:ss}, Asia/Shanghai). Every problem is one 400
 * naming its path ({@code param.lastResult.data[2].time}); unknown fields are ignored. A state without canonical
 * meaning, or no trace yet (e.g. {@code status=abort}, "3天查询无记录"), is an {@link FeedUpdate.Unmapped}.
 */
final class Kuaidi100Push {

    static final String FIELD = "param";

    private Kuaidi100Push() {
    }

    static FeedItem parse(String param) {
        JsonNode root = JsonFields.object(param, FIELD);
        JsonFields fields = new JsonFields();
        String status = fields.text(root, "status", FIELD + ".status", true);
        String message = fields.text(root, "message", FIELD + ".message", false);
        JsonNode last = fields.object(root, "lastResult", FIELD + ".lastResult", true);
        String trackingNo = null;
        String com = null;
        String state = null;
        List<Trace> traces = new ArrayList<>();
        if (last != null) {
            String path = FIELD + ".lastResult";
            trackingNo = fields.trackingNo(last, "nu", path + ".nu");
            com = fields.text(last, "com", path + ".com", false);
            state = fields.text(last, "state", path + ".state", true);
            List<JsonNode> data = fields.array(last, "data", path + ".data", false);
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).isObject()) {
                    trace(fields, data.get(i), path + ".data[" + i + "]").ifPresent(traces::add);
                }
            }
        }
        if (!fields.errors().isEmpty()) {
            throw FieldProblems.badRequest(fields.errors());
        }
        String carrier = Kuaidi100Carriers.carrierOf(com).orElse(null);
        String code = "kuaidi100 " + state;
        Trace latest = Trace.latest(traces, true);
        if (latest == null) {
            return new FeedItem(new FeedUpdate.Unmapped(trackingNo, carrier, code, null, "no trace yet (status "
                    + status + (message == null ? "" : ": " + message) + ")"), null);
        }
        CodeMeaning meaning = Kuaidi100States.of(state);
        Optional<TrackingStatus> canonical = meaning.canonical();
        if (canonical.isEmpty()) {
            return new FeedItem(new FeedUpdate.Unmapped(trackingNo, carrier, code, latest.at(),
                    meaning.noMeaningBecause()), latest.text());
        }
        Optional<Region> region = Region.ofAreaName(latest.place());
        return new FeedItem(new FeedUpdate.Tracked(new TrackingReport(trackingNo, carrier, canonical.get(),
                latest.at(), region.map(Region::province).orElse(null), region.map(Region::city).orElse(null))),
                latest.text());
    }

    private static Optional<Trace> trace(JsonFields fields, JsonNode entry, String path) {
        String time = fields.text(entry, "time", path + ".time", false);
        if (time == null) {
            time = fields.text(entry, "ftime", path + ".ftime", false);
        }
        String context = fields.text(entry, "context", path + ".context", false);
        String areaName = fields.text(entry, "areaName", path + ".areaName", false);
        if (time == null) {
            fields.reject(path + ".time", "must not be null");
            return Optional.empty();
        }
        Optional<Instant> at = CourierTime.parse(time);
        if (at.isEmpty()) {
            fields.reject(path + ".time", "'" + time + "' is not " + CourierTime.PATTERN + " (Asia/Shanghai)");
            return Optional.empty();
        }
        return Optional.of(new Trace(at.get(), context, areaName));
    }
}
