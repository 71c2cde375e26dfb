package com.refundpilot.contracts.vocabulary;

/** What a piece of evidence (举证) for a refusal or an intervention is. */
public enum EvidenceKind {
    /** The courier's tracking record (物流轨迹). */
    TRACKING_RECORD,
    /** The courier's signing proof (签收底单). */
    SIGNING_PROOF,
    /** The warehouse's inspection photos of a return. */
    INSPECTION_PHOTOS,
    /** The chat with the buyer. */
    CHAT_LOG,
    /** The design the buyer confirmed for a custom-made item (定制效果图). */
    DESIGN_CONFIRMATION,
    /** The ERP's record of the order (shipment, print, reship). */
    ERP_RECORD,
    /** Photos the buyer sent. */
    BUYER_PHOTOS
}
