package com.refundpilot.warehouse.domain;

import com.refundpilot.contracts.vocabulary.InspectionResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * What an inspector reports for a return parcel. {@code receivedQuantity} null means "all expected pieces"
 * (except for QUANTITY_SHORT, which must say how many came). {@link #checkedAgainst} applies the rules that
 * make the report usable for RR-6..RR-11.
 */
public record InspectionReport(InspectionResult result, Integer receivedQuantity, List<String> photoUrls,
        String notes, String inspectedBy) {

    static final int MAX_PHOTOS = 20;
    static final int MAX_NOTES = 2000;

    public InspectionReport {
        photoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
    }

    /**
     * The pieces that came back, after checking the report against the pieces expected: a result, 0..expected
     * pieces (a MATCH has them all, a QUANTITY_SHORT fewer), absolute photo URLs, and at least one photo for
     * any result but MATCH (the evidence for a refusal or a partial refund).
     */
    public int checkedAgainst(int expectedQuantity) {
        if (result == null) {
            throw new InvalidRecordException("result", "is required (one of " + List.of(InspectionResult.values()) + ")");
        }
        int received = receivedQuantity(expectedQuantity);
        if (received < 0) {
            throw new InvalidRecordException("receivedQuantity", "must not be negative, was " + received);
        }
        if (received > expectedQuantity) {
            throw new InvalidRecordException("receivedQuantity", received + " is above the " + expectedQuantity
                    + " expected");
        }
        if (result == InspectionResult.MATCH && received != expectedQuantity) {
            throw new InvalidRecordException("receivedQuantity", "a MATCH has all " + expectedQuantity
                    + " pieces back, was " + received + " (QUANTITY_SHORT for fewer)");
        }
        if (result == InspectionResult.QUANTITY_SHORT && received >= expectedQuantity) {
            throw new InvalidRecordException("receivedQuantity", "QUANTITY_SHORT needs fewer than the "
                    + expectedQuantity + " expected, was " + received);
        }
        checkPhotos();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidRecordException("notes", "at most " + MAX_NOTES + " characters");
        }
        return received;
    }

    private int receivedQuantity(int expectedQuantity) {
        if (receivedQuantity != null) {
            return receivedQuantity;
        }
        if (result == InspectionResult.QUANTITY_SHORT) {
            throw new InvalidRecordException("receivedQuantity", "is required for QUANTITY_SHORT");
        }
        return expectedQuantity;
    }

    private void checkPhotos() {
        if (result != InspectionResult.MATCH && photoUrls.isEmpty()) {
            throw new InvalidRecordException("photoUrls", "at least one photo is required for " + result);
        }
        if (photoUrls.size() > MAX_PHOTOS) {
            throw new InvalidRecordException("photoUrls", "at most " + MAX_PHOTOS + " photos");
        }
        for (int i = 0; i < photoUrls.size(); i++) {
            if (!isAbsoluteUri(photoUrls.get(i))) {
                throw new InvalidRecordException("photoUrls[" + i + "]", "is not an absolute URL: '"
                        + photoUrls.get(i) + "'");
            }
        }
    }

    private static boolean isAbsoluteUri(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
