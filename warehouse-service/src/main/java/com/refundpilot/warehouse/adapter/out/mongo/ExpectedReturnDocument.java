package com.refundpilot.warehouse.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.warehouse.domain.ExpectedReturn;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A return parcel as stored ({@code _id} = its tracking number, the staff's lookup key): the aggregate, the
 * IDs of the ExpectReturn commands it answered, the events waiting to be published, and the envelope of the
 * expectation in force (what staff records are caused by, for the correlation chain).
 */
@Document("warehouse_returns")
public class ExpectedReturnDocument extends OutboxDocument {

    private ExpectedReturn expectedReturn;
    private String expectedById;
    private String expectedInCorrelation;

    ExpectedReturnDocument() {
    }

    public ExpectedReturnDocument(String trackingNo, ExpectedReturn expectedReturn) {
        super(trackingNo);
        this.expectedReturn = expectedReturn;
    }

    public ExpectedReturn expectedReturn() {
        return expectedReturn;
    }

    /** The ExpectReturn envelope in force: its ID and correlation ID. */
    public void expectedBy(String envelopeId, String correlationId) {
        this.expectedById = envelopeId;
        this.expectedInCorrelation = correlationId;
    }

    public String expectedById() {
        return expectedById;
    }

    public String expectedInCorrelation() {
        return expectedInCorrelation;
    }
}
