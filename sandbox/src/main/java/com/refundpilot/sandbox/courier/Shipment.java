package com.refundpilot.sandbox.courier;

import com.refundpilot.sandbox.common.ConflictException;
import com.refundpilot.sandbox.common.UnknownResourceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One parcel in the courier network. Lives as long as its tracking number: a PUT replaces the parcel's state
 * but keeps its first scan ({@code collectedAt}) unless the setup names one, the action log, the trace, the claims
 * and the remembered answers (they happened in the outside world). Every
 * merchant request is answered once per (action, requestId): a repeat gets the first answer and is not logged
 * again. All access is synchronized.
 */
public class Shipment {

    static final String SIGNED_BY_RECIPIENT = "本人签收";
    static final String SIGNED_BY_MERCHANT = "商家签收";
    static final int TRACES_KEPT = 100;

    private final String trackingNo;
    private String carrier;
    private TrackingCode status;
    private Instant lastMovementAt;
    private String province;
    private String city;
    private ShipmentDestination destination;
    private String signer;
    private Instant signedAt;
    private boolean interceptRequested;
    private Instant collectedAt;
    private int claims;
    private final Map<String, CourierClaim> claimRecords = new LinkedHashMap<>();
    private final List<CourierActionEntry> actions = new ArrayList<>();
    private final Map<String, CourierReply> answers = new HashMap<>();
    private final List<CourierTrace> traces = new ArrayList<>();

    public Shipment(String trackingNo, ShipmentSetup setup, Instant now) {
        this.trackingNo = trackingNo;
        this.collectedAt = Objects.requireNonNullElse(setup.collectedAt(), now);
        replace(setup, now);
    }

    public synchronized void replace(ShipmentSetup setup, Instant now) {
        carrier = setup.carrier();
        status = setup.status();
        lastMovementAt = Objects.requireNonNullElse(setup.lastMovementAt(), now);
        province = setup.province();
        city = setup.city();
        destination = setup.destination();
        signer = status.signed() ? Objects.requireNonNullElse(setup.signer(), defaultSigner(status)) : null;
        signedAt = status.signed() ? lastMovementAt : null;
        interceptRequested = false;
        if (setup.collectedAt() != null) {
            collectedAt = setup.collectedAt();
        }
    }

    public synchronized ShipmentView view() {
        return new ShipmentView(trackingNo, carrier, status, lastMovementAt, province, city, destination,
                interceptRequested, collectedAt);
    }

    public synchronized List<CourierActionEntry> actions() {
        return List.copyOf(actions);
    }

    /** Accepts the intercept request unless the parcel was signed; once per requestId. */
    public synchronized void requestIntercept(String requestId, String reason, Instant now) {
        CourierReply reply = once(CourierActionEntry.INTERCEPT, requestId, reason, now, () -> {
            if (status.signed()) {
                return CourierReply.refused("ALREADY_SIGNED", "parcel " + trackingNo + " was already signed for");
            }
            interceptRequested = true;
            return CourierReply.answer(202, Map.of("accepted", true));
        });
        if (!reply.ok()) {
            throw new ConflictException(reply.code(), reply.detail());
        }
    }

    /** 催件: the courier will chase the parcel; pointless once somebody signed for it. */
    public synchronized CourierReply nudge(String requestId, String note, Instant now) {
        return once(CourierActionEntry.NUDGE, requestId, note, now, () -> status.signed()
                ? CourierReply.refused("ALREADY_SIGNED", "parcel " + trackingNo + " was already signed for")
                : CourierReply.answer(202, Map.of("accepted", true)));
    }

    /** 核实: accepted; the courier's verdict arrives later as a tracking push (LOST, or SIGNED confirmed). */
    public synchronized CourierReply verifyDelivery(String requestId, String note, Instant now) {
        return once(CourierActionEntry.VERIFY_DELIVERY, requestId, note, now,
                () -> CourierReply.answer(202, Map.of("accepted", true)));
    }

    /** 底单: the signing proof of a signed parcel, at {@code proofUrl}; refused NOT_SIGNED otherwise. */
    public synchronized CourierReply signingProof(String requestId, String note, String proofUrl, Instant now) {
        return once(CourierActionEntry.REQUEST_SIGNING_PROOF, requestId, note, now, () -> {
            if (!status.signed()) {
                return CourierReply.refused("NOT_SIGNED", "parcel " + trackingNo + " has not been signed for (status "
                        + status + ")");
            }
            Map<String, Object> body = proofView();
            body.put("proofUrl", proofUrl);
            return CourierReply.answer(200, body);
        }, Map.of("proofUrl", proofUrl));
    }

    /** The signing proof itself (what {@code proofUrl} shows); empty when nobody signed. */
    public synchronized Map<String, Object> signingProofDocument() {
        return status.signed() ? proofView() : null;
    }

    /** 索赔: every new claim gets the next claim ID of the parcel. */
    public synchronized CourierReply claim(ClaimRequest claim, Instant now) {
        String claimId = "CLM-" + trackingNo + "-" + (claims + 1);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("claimId", claimId);
        params.put("valueFen", claim.valueFen().toString());
        if (claim.sku() != null) {
            params.put("sku", claim.sku());
        }
        return once(CourierActionEntry.CLAIM, claim.requestId(), claim.reason(), now, () -> {
            claims++;
            claimRecords.put(claimId, CourierClaim.submitted(claimId, trackingNo, claim, now));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("claimId", claimId);
            body.put("trackingNo", trackingNo);
            body.put("valueFen", claim.valueFen());
            body.put("sku", claim.sku());
            body.put("status", "SUBMITTED");
            return CourierReply.answer(201, body);
        }, params);
    }

    /** A claim this parcel got, if {@code claimId} is one of them. */
    public synchronized CourierClaim claim(String claimId) {
        return claimRecords.get(claimId);
    }

    /**
     * The courier decides a claim: compensated with an amount, or rejected. Deciding it again the same way changes
     * nothing (the push may be repeated); deciding it otherwise is refused ALREADY_SETTLED.
     */
    public synchronized CourierClaim settleClaim(String claimId, ClaimSettlementRequest decision, Instant now) {
        CourierClaim claim = claimRecords.get(claimId);
        if (claim == null) {
            throw new UnknownResourceException("claim", claimId);
        }
        CourierClaim settled = claim.settle(decision, now);
        claimRecords.put(claimId, settled);
        return settled;
    }

    /** 快递错分: the courier re-routes the parcel to the given destination; too late once it was signed. */
    public synchronized CourierReply correctAddress(AddressCorrectionRequest correction, Instant now) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("province", correction.province());
        if (correction.city() != null) {
            params.put("city", correction.city());
        }
        return once(CourierActionEntry.CORRECT_ADDRESS, correction.requestId(), null, now, () -> {
            if (status.signed()) {
                return CourierReply.refused("ALREADY_SIGNED", "parcel " + trackingNo + " was already signed for");
            }
            destination = new ShipmentDestination(correction.province(), correction.city());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("accepted", true);
            body.put("destination", destination);
            return CourierReply.answer(200, body);
        }, params);
    }

    /** A move: the tracking push describing it, and the parcel's trace up to and including it (oldest first). */
    public record Moved(TrackingPush push, List<CourierTrace> traces) {
    }

    /** The courier moves the parcel; answers the push and the trace as they were right after this move. */
    public synchronized Moved move(ShipmentEventRequest event, Instant now) {
        TrackingPush push = apply(event, now);
        return new Moved(push, List.copyOf(traces));
    }

    /** The courier moves the parcel; answers the tracking push describing the move. */
    public synchronized TrackingPush apply(ShipmentEventRequest event, Instant now) {
        TrackingCode before = status;
        status = event.event().statusAfter(status);
        if (event.event().movesParcel()) {
            lastMovementAt = now;
        }
        if (event.province() != null) {
            province = event.province();
        }
        if (event.city() != null) {
            city = event.city();
        }
        if (event.event().signed()) {
            // A confirmation of an earlier signature (the courier's verdict on a verification) keeps its signer.
            signer = Objects.requireNonNullElse(event.signer(),
                    before == status && signer != null ? signer : defaultSigner(status));
            signedAt = before == status && signedAt != null ? signedAt : now;
        } else if (!status.signed()) {
            signer = null;
            signedAt = null;
        }
        TrackingPush push = new TrackingPush(trackingNo, carrier, event.event(), now, province, city);
        traces.add(CourierTrace.of(push, signer));
        if (traces.size() > TRACES_KEPT) {
            traces.subList(0, traces.size() - TRACES_KEPT).clear();
        }
        return push;
    }

    /** The parcel's trace, oldest first (the last {@value #TRACES_KEPT} events; a PUT keeps it). */
    public synchronized List<CourierTrace> traces() {
        return List.copyOf(traces);
    }

    private CourierReply once(String action, String requestId, String reason, Instant now,
            Supplier<CourierReply> decide) {
        return once(action, requestId, reason, now, decide, Map.of());
    }

    private CourierReply once(String action, String requestId, String reason, Instant now,
            Supplier<CourierReply> decide, Map<String, String> params) {
        String key = action + "|" + requestId;
        CourierReply earlier = answers.get(key);
        if (earlier != null) {
            return earlier;
        }
        CourierReply reply = decide.get();
        answers.put(key, reply);
        actions.add(new CourierActionEntry(action, now, requestId, reply.ok(), reply.code(), reason,
                reply.ok() ? params : Map.of()));
        return reply;
    }

    private Map<String, Object> proofView() {
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("trackingNo", trackingNo);
        proof.put("carrier", carrier);
        proof.put("status", status);
        proof.put("signer", signer);
        proof.put("signedAt", signedAt);
        return proof;
    }

    private static String defaultSigner(TrackingCode status) {
        return status == TrackingCode.RETURNED_SIGNED ? SIGNED_BY_MERCHANT : SIGNED_BY_RECIPIENT;
    }
}
