package com.refundpilot.logistics.adapter.out.mongo;

import com.refundpilot.kit.outbox.OutboxDocument;
import com.refundpilot.logistics.domain.claim.Claim;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claim as stored ({@code _id = claimId}): the aggregate, the IDs of the commands, firings and settlement pushes
 * it processed, and the events and commands waiting to be published, in one document.
 */
@Document("claims")
public class ClaimDocument extends OutboxDocument {

    private Claim claim;

    ClaimDocument() {
    }

    public ClaimDocument(Claim claim) {
        super(claim.claimId());
        this.claim = claim;
    }

    public Claim claim() {
        return claim;
    }
}
