package com.refundpilot.contracts.vocabulary;

/** logistics-service's check of a return waybill the buyer filled in (RR-3, RR-12). */
public enum WaybillVerdict {
    /** The courier knows the parcel and nothing is suspicious. */
    OK,
    /** The courier has no record of the tracking number (yet): no info at all. */
    UNKNOWN_TO_COURIER,
    /** The tracking number already belongs to another case or order: suspected reuse. */
    USED_BY_ANOTHER_CASE,
    /** The courier collected it before the request was made: not this return. */
    COLLECTED_BEFORE_REQUEST
}
