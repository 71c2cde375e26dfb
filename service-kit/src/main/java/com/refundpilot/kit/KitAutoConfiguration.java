package com.refundpilot.kit;

import com.refundpilot.contracts.codec.EnvelopeCodec;
import com.refundpilot.kit.http.BreakerClock;
import com.refundpilot.kit.http.PeerGuards;
import com.refundpilot.kit.messaging.DeadLetterConfiguration;
import com.refundpilot.kit.messaging.Inbound;
import com.refundpilot.kit.messaging.TopicDeclarations;
import com.refundpilot.kit.outbox.AggregateStore;
import com.refundpilot.kit.outbox.Outgoing;
import com.refundpilot.kit.outbox.OutboxRelay;
import com.refundpilot.kit.polling.DedicatedPoller;
import com.refundpilot.kit.timer.TimerHandler;
import com.refundpilot.kit.timer.TimerStore;
import com.refundpilot.kit.timer.TimerSweeper;
import com.refundpilot.kit.web.ProblemDetailsAdvice;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.common.circuitbreaker.configuration.CircuitBreakerConfigCustomizer;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reliability plumbing every service gets by depending on service-kit. {@code refundpilot.kit.enabled=false}
 * turns it off for an application that merely shares the classpath (the sandbox, inside the launcher).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@ConditionalOnProperty(name = "refundpilot.kit.enabled", matchIfMissing = true)
@EnableScheduling
@Import({DeadLetterConfiguration.class, TopicDeclarations.class, ProblemDetailsAdvice.class})
public class KitAutoConfiguration {

    /** The resilience4j config every breaker instance names as its {@code base-config}. */
    static final String BREAKER_BASE_CONFIG = "default";

    /** The system clock, unless the launcher or a test supplies a virtual one. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EnvelopeCodec envelopeCodec() {
        return new EnvelopeCodec();
    }

    @Bean
    Inbound inbound(EnvelopeCodec codec) {
        return new Inbound(codec);
    }

    @Bean
    Outgoing outgoing(@Value("${spring.application.name}") String source, Clock clock, EnvelopeCodec codec) {
        return new Outgoing(source, clock, codec);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MeterRegistry registry) {
        return new OutboxRelay(mongo, kafka, registry);
    }

    /** The relay's sweep on its own thread: a publish must not wait for a service's slow scheduled job. */
    @Bean
    DedicatedPoller outboxSweeps(OutboxRelay relay,
            @Value("${refundpilot.outbox.sweep-interval:PT1S}") Duration interval) {
        return new DedicatedPoller("outbox-relay", relay::sweep, interval);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    /**
     * Every circuit breaker built from the shared {@code default} config (all of ours are) waits out its open state
     * on the service's clock ({@link BreakerClock}), like every other wait in the system, not on the JVM's.
     */
    @Bean
    CircuitBreakerConfigCustomizer breakersOnTheServiceClock(Clock clock) {
        return CircuitBreakerConfigCustomizer.of(BREAKER_BASE_CONFIG, builder -> builder.clock(new BreakerClock(clock)));
    }

    /** The resilience4j registries every outgoing HTTP client ({@code GuardedHttp}) takes its instance from. */
    @Bean
    PeerGuards peerGuards(RetryRegistry retries, CircuitBreakerRegistry breakers, RateLimiterRegistry rateLimiters,
            TimeLimiterRegistry timeLimiters) {
        return new PeerGuards(retries, breakers, rateLimiters, timeLimiters);
    }

    @Bean
    TimerStore timerStore(MongoTemplate mongo) {
        return new TimerStore(mongo);
    }

    @Bean
    @ConditionalOnBean(TimerHandler.class)
    TimerSweeper timerSweeper(MongoTemplate mongo, Clock clock, TimerHandler handler, MeterRegistry registry,
            @Value("${refundpilot.timers.lease:PT1M}") Duration lease) {
        return new TimerSweeper(mongo, clock, handler, lease, registry);
    }

    /** Due timers fire on a thread of their own: deadlines must not wait for a service's slow scheduled job. */
    @Bean
    @ConditionalOnBean(TimerHandler.class)
    DedicatedPoller timerSweeps(TimerSweeper sweeper,
            @Value("${refundpilot.timers.sweep-interval:PT0.2S}") Duration interval) {
        return new DedicatedPoller("timer-sweeper", sweeper::sweep, interval);
    }
}
