package com.refundpilot.sandbox.courier;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API: play the courier's decision on a claim (it is pushed to the merchant) and read a claim. */
@RestController
@RequestMapping("/sandbox/courier/claims")
public class CourierClaimControlController {

    private final Shipments shipments;
    private final ClaimSettlementPusher pusher;
    private final Clock clock;

    public CourierClaimControlController(Shipments shipments, ClaimSettlementPusher pusher, Clock clock) {
        this.shipments = shipments;
        this.pusher = pusher;
        this.clock = clock;
    }

    @GetMapping("/{claimId}")
    public CourierClaim get(@PathVariable String claimId) {
        return shipments.withClaim(claimId).claim(claimId);
    }

    /** The push happens after the claim was decided, outside the parcel's lock; a repeat pushes again. */
    @PostMapping("/{claimId}/settle")
    public ClaimOutcome settle(@PathVariable String claimId, @Valid @RequestBody ClaimSettlementRequest decision) {
        decision.requireOneDecision();
        CourierClaim settled = shipments.withClaim(claimId).settleClaim(claimId, decision, clock.instant());
        ClaimSettlementPush push = ClaimSettlementPush.of(settled);
        return new ClaimOutcome(settled, push, pusher.push(push));
    }
}
