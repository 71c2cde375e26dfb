package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.kit.logging.Pii;
import com.refundpilot.logistics.application.TrackingService;
import com.refundpilot.logistics.application.TrackingService.Outcome;
import com.refundpilot.logistics.config.FeedProperties;
import com.refundpilot.logistics.domain.feed.CourierTime;
import com.refundpilot.logistics.domain.feed.FeedSignature;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kdniao's tracking push (RequestType 101, or 102 from the 增值 subscription): a form with {@code RequestData} (the
 * JSON text, several parcels), {@code DataSign} and {@code RequestType}. {@code DataSign} is
 * {@code urlencode(base64(md5hex(RequestData + AppKey)))}; the form decoding has undone the urlencode, so the decoded
 * field is compared (constant time) with {@code base64(md5hex(RequestData + AppKey))} over {@code RequestData} exactly
 * as received. Accepted: 200 {@code {"EBusinessID","UpdateTime","Success":true,"Reason":""}}, what became of each
 * parcel in order in {@value Kuaidi100FeedController#OUTCOME_HEADER}. Refused, with nothing stored or published:
 * 413 (body over the limit), 400 naming {@code RequestData} or its path or {@code RequestType}, 401 naming
 * {@code DataSign} or {@code RequestData.EBusinessID} (a push for another merchant account).
 */
@RestController
@RequestMapping("/tracking")
public class KdniaoFeedController {

    private static final Set<String> SIGNED_FIELDS = Set.of("RequestData", "DataSign", "RequestType");
    private static final Set<String> REQUEST_TYPES = Set.of("101", "102");
    private static final Logger log = LoggerFactory.getLogger(KdniaoFeedController.class);

    private final TrackingService tracking;
    private final FeedSignature signature;
    private final String eBusinessId;
    private final int maxBodyBytes;
    private final Clock clock;

    public KdniaoFeedController(TrackingService tracking, FeedProperties feeds, Clock clock) {
        this.tracking = tracking;
        this.signature = FeedSignature.kdniao(feeds.kdniao().appKey());
        this.eBusinessId = feeds.kdniao().eBusinessId();
        this.maxBodyBytes = feeds.maxBodyBytes();
        this.clock = clock;
    }

    @PostMapping(path = "/kdniao", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<Map<String, Object>> push(HttpServletRequest request) {
        KdniaoPush.Content content;
        try {
            FormBody form = FormBody.read(request, maxBodyBytes, SIGNED_FIELDS);
            String requestData = form.field("RequestData");
            if (requestData == null || requestData.isBlank()) {
                throw FieldProblems.badRequest("RequestData", "must not be blank");
            }
            String dataSign = form.field("DataSign");
            if (dataSign == null || dataSign.isBlank()) {
                throw FieldProblems.unauthorized("DataSign", "is missing");
            }
            if (!signature.verify(requestData, dataSign)) {
                throw FieldProblems.unauthorized("DataSign",
                        "does not match RequestData (base64(md5hex(RequestData + AppKey)), after form decoding)");
            }
            String requestType = form.field("RequestType");
            if (requestType == null || !REQUEST_TYPES.contains(requestType.trim())) {
                throw FieldProblems.badRequest("RequestType", "must be 101 or 102 (a tracking push)");
            }
            content = KdniaoPush.parse(requestData);
            if (!eBusinessId.equals(content.eBusinessId())) {
                throw FieldProblems.unauthorized("RequestData.EBusinessID", "is not this merchant's Kdniao account");
            }
        } catch (ErrorResponseException refused) {
            log.warn("kdniao push refused {}: {}", refused.getStatusCode().value(),
                    refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("field"));
            throw refused;
        }
        List<String> outcomes = new ArrayList<>();
        for (FeedItem item : content.items()) {
            Outcome outcome = tracking.record(item.update());
            outcomes.add(outcome.name());
            log.info("kdniao push for {}: '{}' -> {}", item.update().trackingNo(), Pii.mask(item.latestTrace()),
                    outcome);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("EBusinessID", eBusinessId);
        answer.put("UpdateTime", CourierTime.format(clock.instant()));
        answer.put("Success", true);
        answer.put("Reason", "");
        return ResponseEntity.ok().header(Kuaidi100FeedController.OUTCOME_HEADER, String.join(",", outcomes))
                .body(answer);
    }
}
