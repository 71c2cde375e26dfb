package com.refundpilot.contracts.vocabulary;

/** What the warehouse found when it opened a returned parcel (refund-sop-spec §6, RR-6..RR-11). */
public enum InspectionResult {
    /** Shop, style, colour, size and quantity as sold (RR-6). */
    MATCH,
    /** Not ours, or not this order's goods (RR-7). */
    WRONG_ITEM,
    /** Fewer pieces came back than were to be returned (RR-8). */
    QUANTITY_SHORT,
    /** The goods can no longer be sold as new, without a quality problem (RR-9). */
    AFFECTS_RESALE,
    /** A quality problem is confirmed (RR-10). */
    QUALITY_PROBLEM,
    /** The parcel arrived damaged, below the signing standard (RR-11). */
    DAMAGED_ON_ARRIVAL
}
