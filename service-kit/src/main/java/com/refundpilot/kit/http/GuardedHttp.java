package com.refundpilot.kit.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A peer in the outside world (ERP, courier, platform) over HTTP, behind the resilience4j instance of its name:
 * {@code Retry(CircuitBreaker(RateLimiter(TimeLimiter(call))))}, resilience4j's own aspect order.
 * <ul>
 * <li>the retry is outermost, so the breaker sees (and counts) every attempt, not every logical call: with three
 * attempts a handful of failing calls opens it. An open breaker is not retried (CallNotPermittedException is
 * ignored by the retry), so the call ends at once;</li>
 * <li>the rate limiter sits inside the breaker: every attempt, retries included, takes a permit (the peer's quota
 * counts requests), and an open breaker takes none. Its refusal is our own throttle, not the peer failing: the
 * breaker ignores it and the retry does not repeat it;</li>
 * <li>the time limiter is innermost and bounds one attempt end to end (the socket timeouts bound each blocking
 * step and free the thread); a time-out is a failure the breaker records and the retry repeats.</li>
 * </ul>
 * Only I/O errors, time-outs and 5xx answers are failures; a 4xx is the peer's answer (use {@link #KEEP_ANSWER}
 * so it is returned, not thrown). Whatever ends without an answer is {@link PeerUnavailable}, which says whether
 * any attempt reached the wire.
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
    private final RateLimiter rateLimiter;
    private final TimeLimiter timeLimiter;
    private final ExecutorService attempts;

    public GuardedHttp(String peer, RestClient.Builder builder, String baseUrl, Duration timeout, String instance,
            PeerGuards guards) {
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.peer = peer;
        this.http = builder.baseUrl(baseUrl).requestFactory(requests).build();
        this.retry = guards.retries().retry(instance);
        this.breaker = guards.breakers().circuitBreaker(instance);
        this.rateLimiter = guards.rateLimiters().rateLimiter(instance);
        this.timeLimiter = guards.timeLimiters().timeLimiter(instance);
        this.attempts = guards.attempts();
    }

    /** Runs one guarded call; returns the peer's answer (2xx or 4xx) or throws {@link PeerUnavailable}. */
    public ResponseEntity<String> call(Function<RestClient, ResponseEntity<String>> request) {
        Attempts tries = new Attempts();
        Callable<ResponseEntity<String>> attempt = () -> {
            tries.sent.incrementAndGet();
            try {
                ResponseEntity<String> answer = request.apply(http);
                tries.answered.incrementAndGet();
                return answer;
            } catch (HttpServerErrorException answeredWithError) {
                tries.answered.incrementAndGet();
                throw answeredWithError;
            }
        };
        Callable<ResponseEntity<String>> guarded = Retry.decorateCallable(retry,
                CircuitBreaker.decorateCallable(breaker,
                        RateLimiter.decorateCallable(rateLimiter,
                                TimeLimiter.decorateFutureSupplier(timeLimiter, () -> attempts.submit(attempt)))));
        try {
            return guarded.call();
        } catch (CallNotPermittedException open) {
            throw unavailable(tries, "circuit breaker '" + breaker.getName() + "' is open: the " + peer
                    + " failed too often recently");
        } catch (RequestNotPermitted throttled) {
            throw unavailable(tries, "rate limiter '" + rateLimiter.getName() + "' gave no permit for the " + peer
                    + " in time");
        } catch (TimeoutException slow) {
            throw unavailable(tries, peer + " did not answer within "
                    + timeLimiter.getTimeLimiterConfig().getTimeoutDuration() + " after " + maxAttempts() + " attempts");
        } catch (HttpServerErrorException e) {
            throw unavailable(tries, peer + " answered " + e.getStatusCode().value() + " after " + maxAttempts()
                    + " attempts");
        } catch (RestClientException e) {
            throw unavailable(tries, peer + " unreachable after " + maxAttempts() + " attempts: " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(tries, "interrupted while calling the " + peer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw unavailable(tries, peer + " call failed: " + rootMessage(e));
        }
    }

    private PeerUnavailable unavailable(Attempts attempts, String reason) {
        boolean sent = attempts.sent.get() > 0;
        String message = sent ? reason : reason + "; no request was sent";
        log.warn("{}", message);
        return new PeerUnavailable(message, sent, sent && attempts.answered.get() == attempts.sent.get());
    }

    /** The attempts of one call that reached the wire, and how many of them got an HTTP answer (2xx to 5xx). */
    private static final class Attempts {
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
    }

    private int maxAttempts() {
        return retry.getRetryConfig().getMaxAttempts();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /**
     * No answer: retries spent, breaker open, no rate-limit permit, or too slow; the caller reports the peer
     * unavailable. {@link #requestSent()} false means the peer cannot have acted on it.
     */
    public static final class PeerUnavailable extends RuntimeException {

        private final boolean requestSent;
        private final boolean everyRequestFailedOnThePeer;

        /** A request that may have reached the peer (the cautious reading). */
        public PeerUnavailable(String message) {
            this(message, true);
        }

        public PeerUnavailable(String message, boolean requestSent) {
            this(message, requestSent, false);
        }

        public PeerUnavailable(String message, boolean requestSent, boolean everyRequestFailedOnThePeer) {
            super(message, null, false, false);
            this.requestSent = requestSent;
            this.everyRequestFailedOnThePeer = everyRequestFailedOnThePeer;
        }

        public boolean requestSent() {
            return requestSent;
        }

        /**
         * Whether the peer may have acted on the call: some request reached it and got no answer (a time-out, a
         * dropped connection). False when nothing was sent, or when the peer answered every request with a server
         * error (5xx: it says it failed) — for a call that has no way to be read back (a buyer message), only
         * then is trying again later no risk of doing it twice.
         */
        public boolean mayHaveActed() {
            return requestSent && !everyRequestFailedOnThePeer;
        }
    }
}
