package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.logistics.domain.TrackingReport;
import com.refundpilot.logistics.domain.feed.CodeMeaning;
import com.refundpilot.logistics.domain.feed.CourierTime;
import com.refundpilot.logistics.domain.feed.FeedUpdate;
import com.refundpilot.logistics.domain.feed.KdniaoStates;
import com.refundpilot.logistics.domain.feed.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code RequestData} of a Kdniao push, {@code {"EBusinessID","PushTime","Count","Data":[{"ShipperCode",
 * "LogisticCode","State","StateEx","Location","Success","Reason","Traces":[{"AcceptTime","AcceptStation",
 * "Location","Action"}]}]}}: one update per parcel, its State/StateEx at the time of its latest trace, located by
 * the parcel's {@code Location} (else the latest trace's) when that names its province. Required:
 * {@code EBusinessID}, {@code Data}, each parcel's {@code LogisticCode} and {@code State}, and every trace's
 * {@code AcceptTime} ({@code yyyy-MM-dd HH:mm:ss}, Asia/Shanghai). Any problem in any parcel refuses the whole push
 * (one 400 naming every path, e.g. {@code RequestData.Data[1].LogisticCode}), so nothing of it is recorded. A parcel
 * Kdniao itself could not track ({@code Success:false}), without traces, or in a state without canonical meaning is
 * an {@link FeedUpdate.Unmapped}. {@code Count} is informational and not checked.
 */
final class KdniaoPush {

    static final String FIELD = "RequestData";

    record Content(String eBusinessId, List<FeedItem> items) {
    }

    private KdniaoPush() {
    }

    static Content parse(String requestData) {
        JsonNode root = JsonFields.object(requestData, FIELD);
        JsonFields fields = new JsonFields();
        String eBusinessId = fields.text(root, "EBusinessID", FIELD + ".EBusinessID", true);
        List<JsonNode> data = fields.array(root, "Data", FIELD + ".Data", true);
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).isObject()) {
                parcel(fields, data.get(i), FIELD + ".Data[" + i + "]").ifPresent(items::add);
            }
        }
        if (!fields.errors().isEmpty()) {
            throw FieldProblems.badRequest(fields.errors());
        }
        return new Content(eBusinessId, List.copyOf(items));
    }

    private static Optional<FeedItem> parcel(JsonFields fields, JsonNode parcel, String path) {
        String trackingNo = fields.trackingNo(parcel, "LogisticCode", path + ".LogisticCode");
        String carrier = fields.text(parcel, "ShipperCode", path + ".ShipperCode", false);
        String state = fields.text(parcel, "State", path + ".State", true);
        String stateEx = fields.text(parcel, "StateEx", path + ".StateEx", false);
        String location = fields.text(parcel, "Location", path + ".Location", false);
        Boolean success = fields.bool(parcel, "Success", path + ".Success");
        String reason = fields.text(parcel, "Reason", path + ".Reason", false);
        List<Trace> traces = new ArrayList<>();
        List<JsonNode> entries = fields.array(parcel, "Traces", path + ".Traces", false);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isObject()) {
                trace(fields, entries.get(i), path + ".Traces[" + i + "]").ifPresent(traces::add);
            }
        }
        if (trackingNo == null || state == null) {
            return Optional.empty(); // already rejected
        }
        String code = "kdniao " + state + (stateEx == null ? "" : "/" + stateEx);
        Trace latest = Trace.latest(traces, false);
        Instant at = latest == null ? null : latest.at();
        String text = latest == null ? null : latest.text();
        if (Boolean.FALSE.equals(success)) {
            return Optional.of(new FeedItem(new FeedUpdate.Unmapped(trackingNo, carrier, code, at,
                    "Kdniao could not track it" + (reason == null ? "" : ": " + reason)), text));
        }
        if (latest == null) {
            return Optional.of(new FeedItem(new FeedUpdate.Unmapped(trackingNo, carrier, code, null, "no trace yet"),
                    null));
        }
        CodeMeaning meaning = KdniaoStates.of(state, stateEx);
        Optional<TrackingStatus> canonical = meaning.canonical();
        if (canonical.isEmpty()) {
            return Optional.of(new FeedItem(new FeedUpdate.Unmapped(trackingNo, carrier, code, at,
                    meaning.noMeaningBecause()), text));
        }
        Optional<Region> region = Region.ofLocation(location).or(() -> Region.ofLocation(latest.place()));
        return Optional.of(new FeedItem(new FeedUpdate.Tracked(new TrackingReport(trackingNo, carrier,
                canonical.get(), at, region.map(Region::province).orElse(null),
                region.map(Region::city).orElse(null))), text));
    }

    private static Optional<Trace> trace(JsonFields fields, JsonNode entry, String path) {
        String time = fields.text(entry, "AcceptTime", path + ".AcceptTime", true);
        String station = fields.text(entry, "AcceptStation", path + ".AcceptStation", false);
        String location = fields.text(entry, "Location", path + ".Location", false);
        fields.text(entry, "Action", path + ".Action", false);
        if (time == null) {
            return Optional.empty();
        }
        Optional<Instant> at = CourierTime.parse(time);
        if (at.isEmpty()) {
            fields.reject(path + ".AcceptTime", "'" + time + "' is not " + CourierTime.PATTERN + " (Asia/Shanghai)");
            return Optional.empty();
        }
        return Optional.of(new Trace(at.get(), station, location));
    }
}
