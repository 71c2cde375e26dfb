package com.refundpilot.contracts.vocabulary;

/** What a negotiation (协商) proposes to the buyer (WeChat merchantupdateaftersale's three kinds, and more). */
public enum NegotiationKind {
    /** Refund part of the amount ({@code amountFen}), e.g. the cost of a custom-made item stays with the buyer. */
    PARTIAL_REFUND,
    /** Change the request to return-and-refund: the goods come back first (RS-6). */
    CHANGE_TO_RETURN,
    /** Invite the buyer to withdraw the request (e.g. the parcel was reshipped or redirected). */
    ASK_TO_CANCEL,
    /** Ask the buyer to verify or add evidence (photos, the right return waybill). */
    ASK_EVIDENCE,
    /** Ask the buyer to change the reason to one that matches the facts (协商一致). */
    CHANGE_REASON
}
