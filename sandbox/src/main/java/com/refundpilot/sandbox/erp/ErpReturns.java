package com.refundpilot.sandbox.erp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the warehouse recorded for one order: return parcels by tracking number (one arrival and one
 * inspection each) and parcel weights. Idempotent per request ID: a repeated ID gets the first answer and
 * records nothing. Not thread-safe: its {@link ErpOrder} calls it under its own lock.
 */
final class ErpReturns {

    /** A weighing log is for people: the last ones are enough. */
    static final int WEIGHINGS_KEPT = 200;

    private static final class Parcel {
        final String trackingNo;
        final String caseId;
        final Instant receivedAt;
        final String receivedBy;
        final String requestId;
        ErpInspection inspection;

        Parcel(String trackingNo, String caseId, Instant receivedAt, String receivedBy, String requestId) {
            this.trackingNo = trackingNo;
            this.caseId = caseId;
            this.receivedAt = receivedAt;
            this.receivedBy = receivedBy;
            this.requestId = requestId;
        }

        ErpReturnView view() {
            return new ErpReturnView(trackingNo, caseId, receivedAt, receivedBy, requestId, inspection);
        }
    }

    private final Map<String, Parcel> parcels = new LinkedHashMap<>();
    private final List<ErpWeighing> weighings = new ArrayList<>();
    private final Map<String, ErpRecording> answersByRequestId = new HashMap<>();

    ErpRecording arrival(String trackingNo, ReturnArrivalRequest request, Instant now) {
        return once(request.requestId(), () -> {
            Parcel known = parcels.get(trackingNo);
            if (known != null) {
                return ErpRecording.refused(ErpRefusal.ALREADY_RECEIVED, "return " + trackingNo
                        + " was received at " + known.receivedAt);
            }
            Parcel parcel = new Parcel(trackingNo, request.caseId(), now, request.receivedBy(), request.requestId());
            parcels.put(trackingNo, parcel);
            return ErpRecording.recorded(parcel.view());
        });
    }

    /** An inspection of a parcel whose arrival nobody recorded records the arrival too (by the inspector). */
    ErpRecording inspection(String trackingNo, ReturnInspectionRequest request, Instant now) {
        return once(request.requestId(), () -> {
            Parcel parcel = parcels.computeIfAbsent(trackingNo, no -> new Parcel(no, request.caseId(), now,
                    request.inspectedBy(), request.requestId()));
            if (parcel.inspection != null) {
                return ErpRecording.refused(ErpRefusal.ALREADY_INSPECTED, "return " + trackingNo
                        + " was inspected at " + parcel.inspection.at());
            }
            List<String> photos = request.photoUrls() == null ? List.of() : List.copyOf(request.photoUrls());
            parcel.inspection = new ErpInspection(request.result(), request.receivedQuantity(), photos,
                    request.notes(), request.inspectedBy(), now, request.requestId());
            return ErpRecording.recorded(parcel.view());
        });
    }

    ErpRecording weight(ParcelWeightRequest request, Instant now) {
        return once(request.requestId(), () -> {
            var weighing = new ErpWeighing(request.trackingNo(), request.caseId(), request.grams(),
                    request.expectedGrams(), now, request.requestId());
            weighings.add(weighing);
            if (weighings.size() > WEIGHINGS_KEPT) {
                weighings.remove(0);
            }
            return ErpRecording.recorded(weighing);
        });
    }

    /** Whether any return parcel of the order arrived (goods the warehouse holds and could send back). */
    boolean anyReceived() {
        return !parcels.isEmpty();
    }

    List<ErpReturnView> returns() {
        return parcels.values().stream().map(Parcel::view).toList();
    }

    List<ErpWeighing> weighings() {
        return List.copyOf(weighings);
    }

    private ErpRecording once(String requestId, Supplier<ErpRecording> work) {
        ErpRecording earlier = answersByRequestId.get(requestId);
        if (earlier != null) {
            return earlier;
        }
        ErpRecording answer = work.get();
        answersByRequestId.put(requestId, answer);
        return answer;
    }
}
