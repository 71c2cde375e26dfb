package com.refundpilot.logistics.adapter.in.web;

import com.refundpilot.kit.logging.Pii;
import com.refundpilot.logistics.application.TrackingService;
import com.refundpilot.logistics.application.TrackingService.Outcome;
import com.refundpilot.logistics.config.FeedProperties;
import com.refundpilot.logistics.domain.feed.FeedSignature;
import jakarta.servlet.http.HttpServletRequest;
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
 * Kuaidi100's subscription push: a form with {@code param} (the JSON text) and {@code sign}
 * ({@code UPPER(MD5(param + salt))}, checked in constant time over {@code param} exactly as received). Accepted
 * (recorded, a repeat, a parcel never acted on, or kept without canonical meaning): 200 with the answer Kuaidi100
 * expects, {@code {"result":true,"returnCode":"200","message":"成功"}}, and what became of it in
 * {@value #OUTCOME_HEADER}. Refused, with nothing stored or published: 413 (body over the limit), 400 naming
 * {@code param} or its path, 401 naming {@code sign}.
 */
@RestController
@RequestMapping("/tracking")
public class Kuaidi100FeedController {

    static final String OUTCOME_HEADER = "X-Feed-Outcome";
    static final Map<String, Object> ACCEPTED = Map.of("result", true, "returnCode", "200", "message", "成功");
    private static final Set<String> SIGNED_FIELDS = Set.of("param", "sign");
    private static final Logger log = LoggerFactory.getLogger(Kuaidi100FeedController.class);

    private final TrackingService tracking;
    private final FeedSignature signature;
    private final int maxBodyBytes;

    public Kuaidi100FeedController(TrackingService tracking, FeedProperties feeds) {
        this.tracking = tracking;
        this.signature = FeedSignature.kuaidi100(feeds.kuaidi100().salt());
        this.maxBodyBytes = feeds.maxBodyBytes();
    }

    @PostMapping(path = "/kuaidi100", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<Map<String, Object>> push(HttpServletRequest request) {
        FeedItem item;
        try {
            FormBody form = FormBody.read(request, maxBodyBytes, SIGNED_FIELDS);
            String param = form.field("param");
            if (param == null || param.isBlank()) {
                throw FieldProblems.badRequest("param", "must not be blank");
            }
            String sign = form.field("sign");
            if (sign == null || sign.isBlank()) {
                throw FieldProblems.unauthorized("sign", "is missing");
            }
            if (!signature.verify(param, sign)) {
                throw FieldProblems.unauthorized("sign", "does not match param (UPPER(MD5(param + salt)))");
            }
            item = Kuaidi100Push.parse(param);
        } catch (ErrorResponseException refused) {
            log.warn("kuaidi100 push refused {}: {}", refused.getStatusCode().value(),
                    refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("field"));
            throw refused;
        }
        Outcome outcome = tracking.record(item.update());
        log.info("kuaidi100 push for {}: '{}' -> {}", item.update().trackingNo(), Pii.mask(item.latestTrace()),
                outcome);
        return ResponseEntity.ok().header(OUTCOME_HEADER, outcome.name()).body(ACCEPTED);
    }
}
