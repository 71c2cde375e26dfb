package com.refundpilot.contracts.vocabulary;

/** The 话术 a case can ask the notification service to send; the texts live in notification-service. */
public enum BuyerMessageTemplate {
    REFUND_APPROVED,
    REFUND_APPROVED_RETAIN,
    /** RS-1/RS-2: the parcel is being intercepted; refuse it if it reaches you. */
    INTERCEPT_NOTICE,
    /** RS-5/NS-4: the intercept failed or the parcel left unnoticed; please refuse the delivery. */
    REFUSE_DELIVERY_PLEASE,
    /** RS-5: tracking says signed; did you receive it? */
    ASK_RECEIPT,
    /** RS-7: we asked the courier who signed for it. */
    COURIER_VERIFYING,
    /** RS-7/RS-9: the parcel is lost; reship or refund, your choice. */
    LOST_PARCEL_OPTIONS,
    /** RS-7/RS-9: the replacement is on its way, with its tracking number. */
    RESHIP_NOTICE,
    /** RS-4: the parcel is on its way back; the refund follows its return. */
    INTERCEPT_PENDING_EXPLAINED,
    /** RS-4: the parcel is back; please re-apply and we refund at once. */
    PARCEL_BACK_REAPPLY,
    /** RS-10: the courier mis-sorted the parcel; we had it redirected. */
    PARCEL_REDIRECTED,
    /** G-6: why the request is refused, sent with the refusal (never a bare refusal). */
    REFUSAL_EXPLAINED,
    /** NS-6: a custom-made item whose production started; the proposal for the cost. */
    CUSTOM_MADE_PROPOSAL
}
