package com.refundpilot.refund.domain;

import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.contracts.vocabulary.TrackingStatus;
import com.refundpilot.contracts.vocabulary.WaybillVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The goods' way back to the merchant (refund-sop-spec §6): the agreed return, the buyer's waybill and what
 * logistics-service made of it, the parcel's tracking, the warehouse's receipt and inspection.
 */
public final class ReturnLeg {

    private Instant agreedAt;
    private boolean reminded;
    private String carrier;
    private String trackingNo;
    private Instant shippedAt;
    private WaybillVerdict verdict;
    private boolean suspect;
    private boolean collected;
    private TrackingStatus status;
    private Address signedAt;
    private boolean received;
    private InspectionResult inspection;
    private int receivedQuantity;
    private List<String> photoUrls = new ArrayList<>();
    private boolean receiptExtended;

    ReturnLeg() {
        // for the persistence mapper and RefundCase
    }

    void agreed(Instant at) {
        agreedAt = at;
    }

    void reminded() {
        reminded = true;
    }

    /** The buyer filled in (or corrected) the waybill: what was known of the previous one no longer applies. */
    void shipped(String returnCarrier, String waybill, Instant at) {
        carrier = returnCarrier;
        trackingNo = waybill;
        shippedAt = at;
        verdict = null;
        suspect = false;
        collected = false;
        status = null;
        signedAt = null;
    }

    void checked(WaybillVerdict result) {
        verdict = result;
        suspect = result == WaybillVerdict.USED_BY_ANOTHER_CASE || result == WaybillVerdict.COLLECTED_BEFORE_REQUEST;
    }

    void suspect() {
        suspect = true;
    }

    void tracked(TrackingStatus newStatus, Address location) {
        status = newStatus;
        if (newStatus != TrackingStatus.SIGNED && newStatus != TrackingStatus.RETURNED_SIGNED) {
            collected = true;
        }
        if (newStatus == TrackingStatus.SIGNED) {
            signedAt = location;
        }
    }

    void received() {
        received = true;
    }

    void inspected(InspectionResult result, int quantity, List<String> photos) {
        inspection = result;
        receivedQuantity = quantity;
        photoUrls = new ArrayList<>(photos);
    }

    void receiptExtended() {
        receiptExtended = true;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public boolean wasReminded() {
        return reminded;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNo() {
        return trackingNo;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public WaybillVerdict verdict() {
        return verdict;
    }

    public boolean isSuspect() {
        return suspect;
    }

    public boolean isCollected() {
        return collected;
    }

    public TrackingStatus status() {
        return status;
    }

    public Address signedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return signedAt != null || status == TrackingStatus.SIGNED;
    }

    public boolean isReceived() {
        return received;
    }

    public InspectionResult inspection() {
        return inspection;
    }

    public int receivedQuantity() {
        return receivedQuantity;
    }

    public List<String> photoUrls() {
        return List.copyOf(photoUrls);
    }

    public boolean isReceiptExtended() {
        return receiptExtended;
    }
}
