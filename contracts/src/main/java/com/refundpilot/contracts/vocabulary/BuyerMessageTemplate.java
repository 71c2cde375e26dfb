package com.refundpilot.contracts.vocabulary;

/** The 话术 a case can ask the notification service to send; the texts live in notification-service. */
public enum BuyerMessageTemplate {
    REFUND_APPROVED, REFUND_APPROVED_RETAIN, INTERCEPT_NOTICE, REFUSE_DELIVERY_PLEASE
}
