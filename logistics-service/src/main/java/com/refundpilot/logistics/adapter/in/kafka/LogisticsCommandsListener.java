package com.refundpilot.logistics.adapter.in.kafka;

import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.envelope.Envelope;
import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.contracts.vocabulary.CourierRequestKind;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.logistics.application.AskCourierService;
import com.refundpilot.logistics.application.ClaimService;
import com.refundpilot.logistics.application.InterceptService;
import com.refundpilot.logistics.application.ReturnWatchService;
import com.refundpilot.logistics.application.WatchService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What refund-service asks of the courier side. A CLAIM request files a claim form (its own lifecycle) instead of
 * going to the courier at once. Undecodable records go to the dead-letter topic (kit).
 */
@Component
public class LogisticsCommandsListener {

    private final Inbound inbound;
    private final InterceptService intercepts;
    private final WatchService watches;
    private final ReturnWatchService returns;
    private final AskCourierService requests;
    private final ClaimService claims;

    public LogisticsCommandsListener(Inbound inbound, InterceptService intercepts, WatchService watches,
            ReturnWatchService returns, AskCourierService requests, ClaimService claims) {
        this.inbound = inbound;
        this.intercepts = intercepts;
        this.watches = watches;
        this.returns = returns;
        this.requests = requests;
        this.claims = claims;
    }

    @KafkaListener(topics = Topics.LOGISTICS_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        Envelope envelope = inbound.decode(record);
        if (envelope.data() instanceof InterceptParcel intercept) {
            intercepts.intercept(envelope, intercept);
        } else if (envelope.data() instanceof WatchParcel watch) {
            watches.watch(envelope, watch);
        } else if (envelope.data() instanceof WatchReturn watchReturn) {
            returns.watch(envelope, watchReturn);
        } else if (envelope.data() instanceof AskCourier ask && ask.kind() == CourierRequestKind.CLAIM) {
            claims.file(envelope, ask);
        } else if (envelope.data() instanceof AskCourier ask) {
            requests.ask(envelope, ask);
        }
    }
}
