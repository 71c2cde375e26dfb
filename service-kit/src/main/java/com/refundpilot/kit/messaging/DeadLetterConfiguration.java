package com.refundpilot.kit.messaging;

import com.refundpilot.contracts.envelope.MessageDecodingException;
import com.refundpilot.contracts.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Poison records go to {@code <topic>.DLT} with the reason in the {@value #REASON_HEADER} header (plus
 * Spring's exception headers) and the consumer carries on with the next record. Undecodable or
 * unappliable records are dead-lettered at once; anything else is retried a few times first, since it may
 * be a passing outage of the store.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    public static final String REASON_HEADER = "x-refundpilot-dlt-reason";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, MeterRegistry registry) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, error) -> {
            var headers = new RecordHeaders();
            headers.add(REASON_HEADER, reasonOf(error).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        // Registered at 0 for every topic, so that the first dead letter is an increase an alert can see.
        Topics.ALL.forEach(topic -> deadLetters(registry, topic));
        var handler = new DefaultErrorHandler((record, error) -> {
            log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    reasonOf(error));
            deadLetters(registry, record.topic()).increment();
            recoverer.accept(record, error);
        }, new FixedBackOff(200, 3));
        handler.addNotRetryableExceptions(MessageDecodingException.class, PoisonMessageException.class,
                IllegalArgumentException.class);
        return handler;
    }

    private static Counter deadLetters(MeterRegistry registry, String topic) {
        return Counter.builder("refundpilot.dlt.messages").description("records sent to the dead-letter topic")
                .tag("topic", topic).register(registry);
    }

    static String reasonOf(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause instanceof MessageDecodingException) && !(cause instanceof PoisonMessageException)) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
