package com.refundpilot.sandbox.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control API for injected faults (docs/sandbox-protocol.md, "Fault injection"). */
@RestController
@RequestMapping("/sandbox/faults")
public class FaultControlController {

    private final Faults faults;

    public FaultControlController(Faults faults) {
        this.faults = faults;
    }

    /** {@code failRate} 0..1 (default 0), {@code delay} an ISO duration (default PT0S), {@code seed} (default 1). */
    public record FaultRequest(String target, Double failRate, String delay, Long seed) {
    }

    @PostMapping
    Fault.FaultView set(@RequestBody FaultRequest request) {
        Duration delay;
        try {
            delay = request.delay() == null ? Duration.ZERO : Duration.parse(request.delay());
        } catch (RuntimeException e) {
            throw new InvalidFieldException("delay", "must be an ISO-8601 duration such as PT0.2S, was "
                    + request.delay());
        }
        return faults.set(request.target(), request.failRate() == null ? 0 : request.failRate(), delay,
                request.seed() == null ? 1 : request.seed());
    }

    @GetMapping
    Map<String, List<Fault.FaultView>> list() {
        return Map.of("faults", faults.views());
    }

    @DeleteMapping
    ResponseEntity<Void> clearAll() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{target}")
    ResponseEntity<Void> clear(@PathVariable String target) {
        return faults.clear(target) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
