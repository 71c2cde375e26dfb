package com.refundpilot.sandbox.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plays an outage of the platform, the courier or the ERP (POST /sandbox/faults): a call to a faulty open API
 * waits the fault's delay, then either answers 503 without reaching the API (nothing happens) or goes on as usual.
 * Control endpoints are never affected.
 */
@Component
public class FaultFilter extends OncePerRequestFilter {

    private final Faults faults;

    public FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Fault> fault = faults.forPath(request.getRequestURI());
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean fails = fault.get().nextCallFails();
        answerLate(fault.get());
        if (fails) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json");
            response.setHeader("X-Sandbox-Fault", "injected");
            response.getOutputStream().write("{\"error\":\"injected fault: service unavailable\"}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The injected latency itself: a real wait, on the server's side only, bounded by Fault.MAX_DELAY. */
    private static void answerLate(Fault fault) throws IOException {
        long millis = fault.delay().toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while answering late", e);
        }
    }
}
