package com.refundpilot.logistics.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.logistics.domain.Parcel;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A parcel as stored ({@code _id = trackingNo}, the only key a courier push carries): the aggregate, the IDs of
 * the commands and tracking reports it processed, and the events waiting to be published, in one document.
 */
@Document("parcels")
public class ParcelDocument extends OutboxDocument {

    private Parcel parcel;

    ParcelDocument() {
    }

    public ParcelDocument(Parcel parcel) {
        super(parcel.trackingNo());
        this.parcel = parcel;
    }

    public Parcel parcel() {
        return parcel;
    }
}
