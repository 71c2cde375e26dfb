package com.refundpilot.kit.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A peer in the outside world (ERP, courier, platform) over HTTP, behind resilience4j: the retry (outer)
 * wraps the circuit breaker (inner), so the breaker counts every attempt. Both are configured under
 * {@code resilience4j.*} for the instance name. Only I/O errors and 5xx answers are failures; a 4xx is the
 * peer's answer (use {@link #KEEP_ANSWER} so it is returned, not thrown). When the retries are spent or the
 * breaker is open the call ends in {@link PeerUnavailable}, which callers turn into a failure event.
 */
public final class GuardedHttp {

    /** Keeps a 4xx answer for the caller to read instead of throwing. */
    public static final RestClient.ResponseSpec.ErrorHandler KEEP_ANSWER = (request, response) -> {
    };

    private static final Logger log = LoggerFactory.getLogger(GuardedHttp.class);

    private final String peer;
    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public GuardedHttp(String peer, RestClient.Builder builder, String baseUrl, Duration timeout, String instance,
            RetryRegistry retries, CircuitBreakerRegistry breakers) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.peer = peer;
        this.http = builder.baseUrl(baseUrl).requestFactory(requests).build();
        this.retry = retries.retry(instance);
        this.breaker = breakers.circuitBreaker(instance);
    }

    /** Runs one guarded call; returns the peer's answer (2xx or 4xx) or throws {@link PeerUnavailable}. */
    public ResponseEntity<String> call(Function<RestClient, ResponseEntity<String>> request) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> request.apply(http)))
                    .get();
        } catch (CallNotPermittedException open) {
            throw new PeerUnavailable("circuit breaker '" + breaker.getName() + "' is open: the " + peer
                    + " failed too often recently, no call was made");
        } catch (HttpServerErrorException e) {
            log.warn("{} answered {} after {} attempts", peer, e.getStatusCode().value(), attempts());
            throw new PeerUnavailable(peer + " answered " + e.getStatusCode().value() + " after " + attempts()
                    + " attempts");
        } catch (RestClientException e) {
            log.warn("{} unreachable after {} attempts: {}", peer, attempts(), rootMessage(e));
            throw new PeerUnavailable(peer + " unreachable after " + attempts() + " attempts: " + rootMessage(e));
        }
    }

    private int attempts() {
        return retry.getRetryConfig().getMaxAttempts();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** No answer after the retries, or the breaker is open: the caller reports the peer unavailable. */
    public static final class PeerUnavailable extends RuntimeException {
        public PeerUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
