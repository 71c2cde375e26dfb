package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.Problems;
import com.refundpilot.sandbox.common.UnknownResourceException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The courier's open API, what the logistics-service calls. Every merchant request carries a {@code requestId}
 * and is answered once per request (a repeat gets the first answer); refusals are 409 problems with a code.
 */
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

    @PostMapping("/{trackingNo}/nudge")
    public ResponseEntity<Object> nudge(@PathVariable String trackingNo, @Valid @RequestBody MerchantRequest request) {
        return respond(shipments.get(trackingNo).nudge(request.requestId(), request.note(), clock.instant()));
    }

    /** Accepted, not done: the courier's verdict arrives later as a tracking push (LOST or SIGNED). */
    @PostMapping("/{trackingNo}/verify-delivery")
    public ResponseEntity<Object> verifyDelivery(@PathVariable String trackingNo,
            @Valid @RequestBody MerchantRequest request) {
        return respond(shipments.get(trackingNo).verifyDelivery(request.requestId(), request.note(), clock.instant()));
    }

    @PostMapping("/{trackingNo}/signing-proof")
    public ResponseEntity<Object> requestSigningProof(@PathVariable String trackingNo,
            @Valid @RequestBody MerchantRequest request) {
        Shipment shipment = shipments.get(trackingNo);
        String proofUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/courier/api/shipments/{trackingNo}/signing-proof").buildAndExpand(trackingNo).toUriString();
        return respond(shipment.signingProof(request.requestId(), request.note(), proofUrl, clock.instant()));
    }

    /** What a proof URL shows: who signed and when (not logged: reading a proof is not a request). */
    @GetMapping("/{trackingNo}/signing-proof")
    public Map<String, Object> signingProof(@PathVariable String trackingNo) {
        Map<String, Object> proof = shipments.get(trackingNo).signingProofDocument();
        if (proof == null) {
            throw new UnknownResourceException("signing proof of shipment", trackingNo);
        }
        return proof;
    }

    @PostMapping("/{trackingNo}/claims")
    public ResponseEntity<Object> claim(@PathVariable String trackingNo, @Valid @RequestBody ClaimRequest request) {
        return respond(shipments.get(trackingNo).claim(request, clock.instant()));
    }

    @PostMapping("/{trackingNo}/address-correction")
    public ResponseEntity<Object> correctAddress(@PathVariable String trackingNo,
            @Valid @RequestBody AddressCorrectionRequest request) {
        return respond(shipments.get(trackingNo).correctAddress(request, clock.instant()));
    }

    private static ResponseEntity<Object> respond(CourierReply reply) {
        return reply.ok() ? ResponseEntity.status(reply.status()).body(reply.body())
                : Problems.respond(Problems.conflict(reply.code(), reply.detail()));
    }
}
