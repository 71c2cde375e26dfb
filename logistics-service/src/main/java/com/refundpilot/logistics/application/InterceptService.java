package com.refundpilot.logistics.application;

import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.envelope.Event;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.InterceptAnswer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Intercepts (拦截). The parcel is registered before the courier is called, so tracking pushed right after
 * the courier accepts already finds its order. The request ID is the command's envelope ID: a redelivered
 * command is dropped before any call once answered, and repeats the same request ID (answered from the
 * courier's memory) if it crashed in between. The courier's answer, an outage included, is an event written
 * with the command's ID in one save.
 */
@Service
public class InterceptService {

    private static final Logger log = LoggerFactory.getLogger(InterceptService.class);

    private final CourierGateway courier;
    private final ParcelRegistration registration;
    private final ParcelRepository repository;
    private final Outgoing outgoing;
    private final Clock clock;

    public InterceptService(CourierGateway courier, ParcelRegistration registration, ParcelRepository repository,
            Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.registration = registration;
        this.repository = repository;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void intercept(Envelope envelope, InterceptParcel command) {
        var tie = new ParcelRegistration.Tie(command.trackingNo(), command.carrier(), command.order(),
                command.caseId(), null);
        boolean fresh = registration.register(envelope, tie);
        if (!fresh) {
            log.debug("intercept {} already answered, dropped", envelope.id());
            return;
        }
        InterceptAnswer answer = courier.intercept(command.trackingNo(), envelope.id(), command.reason());
        if (!(answer instanceof InterceptAnswer.Accepted)) {
            log.info("intercept of {} for {} not accepted: {}", command.trackingNo(), command.caseId(), answer);
        }
        OptimisticRetry.run(() -> {
            ParcelDocument document = registration.load(tie);
            if (document.alreadyProcessed(envelope.id())) {
                return;
            }
            Event event = document.parcel().interceptAnswered(command.caseId(), envelope.id(), answer, clock.instant());
            document.enqueue(outgoing.causedBy(envelope, event));
            document.markProcessed(envelope.id());
            repository.save(document);
        });
    }
}
