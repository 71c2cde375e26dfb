package com.refundpilot.logistics.application;

import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.vocabulary.Address;
import com.refundpilot.contracts.vocabulary.OrderRef;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.Parcel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the parcel a command is about, or re-ties it to the command's order and case (the latest command
 * wins), before the courier is called: tracking pushed right after the call already finds its order.
 */
@Component
public class ParcelRegistration {

    /** What a command says about its parcel. */
    public record Tie(String trackingNo, String carrier, OrderRef order, String caseId, Address destination) {
    }

    private static final Logger log = LoggerFactory.getLogger(ParcelRegistration.class);

    private final ParcelRepository repository;

    public ParcelRegistration(ParcelRepository repository) {
        this.repository = repository;
    }

    /** Registers or re-ties; false when this command was answered before (drop it, call nobody). */
    public boolean register(Envelope envelope, Tie tie) {
        return OptimisticRetry.run(() -> {
            ParcelDocument document = repository.find(tie.trackingNo()).orElse(null);
            if (document == null) {
                Parcel parcel = Parcel.register(tie.trackingNo(), tie.carrier(), tie.order(), tie.caseId());
                parcel.destinedFor(tie.destination());
                repository.save(new ParcelDocument(parcel));
                return true;
            }
            if (document.alreadyProcessed(envelope.id())) {
                return false;
            }
            Parcel parcel = document.parcel();
            if (!tie.order().equals(parcel.order())) {
                log.warn("parcel {} moves from order {} to {} (case {})", tie.trackingNo(), parcel.order().key(),
                        tie.order().key(), tie.caseId());
            }
            boolean changed = parcel.assign(tie.order(), tie.caseId(), tie.carrier());
            changed |= parcel.destinedFor(tie.destination());
            if (changed) {
                repository.save(document);
            }
            return true;
        });
    }

    /** The parcel as registered (a crash-free register always left one; a fresh one otherwise). */
    public ParcelDocument load(Tie tie) {
        return repository.find(tie.trackingNo()).orElseGet(() -> {
            Parcel parcel = Parcel.register(tie.trackingNo(), tie.carrier(), tie.order(), tie.caseId());
            parcel.destinedFor(tie.destination());
            return new ParcelDocument(parcel);
        });
    }
}
