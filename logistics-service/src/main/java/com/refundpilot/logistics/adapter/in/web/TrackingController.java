package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.logistics.application.TrackingService;
import com.refundpilot.logistics.domain.TrackingReport;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox courier's own tracking feed, {@code /tracking/sandbox} (the native couriers' feeds are
 * {@link Kuaidi100FeedController} and {@link KdniaoFeedController}, each with its parser next to
 * {@link SandboxTrackingPush}). Answers: 200 recorded (or a repeat of a recorded push), 202 accepted but ignored (a
 * parcel this service never acted on), 400 problem+json naming the field (nothing stored or published).
 */
@RestController
@RequestMapping("/tracking")
public class TrackingController {

    private final TrackingService tracking;

    public TrackingController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @PostMapping("/sandbox")
    public ResponseEntity<Map<String, Object>> sandbox(@RequestBody Map<String, Object> body) {
        TrackingReport report = SandboxTrackingPush.parse(body);
        return switch (tracking.record(report)) {
            case PUBLISHED -> ResponseEntity.ok(Map.of("accepted", true, "duplicate", false));
            case DUPLICATE -> ResponseEntity.ok(Map.of("accepted", true, "duplicate", true));
            case UNKNOWN_PARCEL -> ResponseEntity.accepted().body(Map.of("accepted", true, "ignored",
                    "unknown parcel " + report.trackingNo()));
            case IGNORED -> ResponseEntity.accepted().body(Map.of("accepted", true, "ignored",
                    "no canonical meaning"));
        };
    }
}
