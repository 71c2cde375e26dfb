package com.refundpilot.logistics.application;

import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.logistics.adapter.out.mongo.ParcelDocument;
import com.refundpilot.logistics.adapter.out.mongo.ParcelRepository;
import com.refundpilot.logistics.domain.CourierReply;
import com.refundpilot.logistics.domain.CourierRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Requests to the courier ({@code logistics.ask-courier}): nudge, delivery verification, signing proof, claim,
 * address correction. As for intercepts, the request ID is the command's envelope ID (a redelivered command is
 * dropped before any call once answered; a crash in between repeats the same ID, which the courier answers from
 * memory) and every answer, an outage included, is a {@link CourierAnswered} written with the command's ID.
 * An address correction sends the destination the parcel is watched for.
 */
@Service
public class AskCourierService {

    private static final Logger log = LoggerFactory.getLogger(AskCourierService.class);

    private final CourierGateway courier;
    private final ParcelRegistration registration;
    private final ParcelRepository repository;
    private final Outgoing outgoing;
    private final Clock clock;

    public AskCourierService(CourierGateway courier, ParcelRegistration registration, ParcelRepository repository,
            Outgoing outgoing, Clock clock) {
        this.courier = courier;
        this.registration = registration;
        this.repository = repository;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void ask(Envelope envelope, AskCourier command) {
        var tie = new ParcelRegistration.Tie(command.trackingNo(), command.carrier(), command.order(),
                command.caseId(), null);
        if (!registration.register(envelope, tie)) {
            log.debug("{} {} already answered, dropped", command.kind(), envelope.id());
            return;
        }
        var request = new CourierRequest(command.kind(), envelope.id(), command.note(), command.valueFen(),
                command.sku(), registration.load(tie).parcel().destination());
        CourierReply reply = send(command, request);
        if (!reply.ok()) {
            log.info("{} of {} for {} not accepted: {} {}", command.kind(), command.trackingNo(), command.caseId(),
                    reply.code(), reply.detail());
        }
        OptimisticRetry.run(() -> {
            ParcelDocument document = registration.load(tie);
            if (document.alreadyProcessed(envelope.id())) {
                return;
            }
            CourierAnswered event = document.parcel().courierAnswered(command.caseId(), request, reply,
                    clock.instant());
            document.enqueue(outgoing.causedBy(envelope, event));
            document.markProcessed(envelope.id());
            repository.save(document);
        });
    }

    private CourierReply send(AskCourier command, CourierRequest request) {
        if (command.kind() == CourierRequestKind.CORRECT_ADDRESS && request.destination() == null) {
            return CourierReply.refused(CourierReply.NO_DESTINATION, "no destination known for parcel "
                    + command.trackingNo() + ": watch it with its destination first");
        }
        return courier.ask(command.trackingNo(), request);
    }
}
