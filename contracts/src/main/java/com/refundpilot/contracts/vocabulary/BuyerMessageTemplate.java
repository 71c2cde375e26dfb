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
    CUSTOM_MADE_PROPOSAL,
    /** RR-1: the return is agreed: the return address, fill in the return waybill (who pays the postage). */
    RETURN_INSTRUCTIONS,
    /** RR-2: no return waybill yet: a reminder. */
    RETURN_REMINDER,
    /** RR-3/RR-12: the return waybill cannot be right (unknown, already used): please check and correct it. */
    RETURN_WAYBILL_CHECK,
    /** RR-13/RR-14: the return shows signed, but not by our warehouse: please check with the courier. */
    RETURN_SIGNED_ELSEWHERE,
    /** RR-15: the return was cancelled or sent to a wrong address: withdraw, retrieve the parcel, re-apply. */
    RETURN_REDO_PLEASE,
    /** RR-7: the goods returned are not this order's: they are sent back; please return the right goods. */
    WRONG_GOODS_RETURNED,
    /** RR-8: fewer pieces came back: a partial refund for what came back, or send the rest. */
    QUANTITY_SHORT_PROPOSAL,
    /** RR-9: the goods can no longer be sold as new: a partial refund is proposed. */
    RESALE_AFFECTED_PROPOSAL,
    /** RR-10: a quality problem: refunded, and the return postage is refunded separately. */
    SHIPPING_FEE_REFUNDED,
    /** RR-11: the parcel arrived damaged: refused at the door, photos sent; an exchange is proposed. */
    DAMAGED_ON_ARRIVAL_NOTICE,
    /** EX-1: the replacement is on its way, with its tracking number. */
    EXCHANGE_SHIPPED,
    /** RE-2: please send photos of the package as delivered (courier fault: do not confirm it intact). */
    PACKAGE_PHOTOS_PLEASE,
    /** RP-1: please change the reason to one that matches what happened (协商一致). */
    REASON_CHANGE_REQUEST,
    /** RP-2: do you need an invoice? For a person or a company? */
    INVOICE_QUESTION,
    /** CP-1/CP-2: an apology with the compensation or the proposal, for a complaint or an intervention. */
    COMPLAINT_ANSWERED
}
