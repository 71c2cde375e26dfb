package com.refundpilot.sandbox.courier;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The courier's open API, what the logistics-service calls. */
@RestController
@RequestMapping("/courier/api/shipments")
public class CourierOpenApiController {

    private final Shipments shipments;
    private final Clock clock;

    public CourierOpenApiController(Shipments shipments, Clock clock) {
        this.shipments = shipments;
        this.clock = clock;
    }

    @GetMapping("/{trackingNo}")
    public ShipmentView get(@PathVariable String trackingNo) {
        return shipments.get(trackingNo).view();
    }

    /** Accepted, not done: the result arrives later as a tracking push (INTERCEPT_SUCCEEDED / _FAILED). */
    @PostMapping("/{trackingNo}/intercept")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Map<String, Boolean> intercept(@PathVariable String trackingNo, @Valid @RequestBody InterceptRequest request) {
        shipments.get(trackingNo).requestIntercept(request.requestId(), request.reason(), clock.instant());
        return Map.of("accepted", true);
    }
}
