package com.refundpilot.sandbox.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The faults currently injected, one per open API at most (setting one again replaces it and its dice). */
@Component
public class Faults {

    private final Map<FaultTarget, Fault> active = new ConcurrentHashMap<>();

    Fault.FaultView set(String target, double failRate, Duration delay, long seed) {
        FaultTarget on = FaultTarget.ofId(target).orElseThrow(() -> new InvalidFieldException("target",
                "must be one of " + FaultTarget.ids() + ", was " + target));
        Fault fault = new Fault(on, failRate, delay, seed);
        active.put(on, fault);
        return fault.view();
    }

    void clear() {
        active.clear();
    }

    boolean clear(String target) {
        return FaultTarget.ofId(target).map(active::remove).isPresent();
    }

    List<Fault.FaultView> views() {
        return active.values().stream().map(Fault::view).toList();
    }

    Optional<Fault> forPath(String path) {
        return FaultTarget.ofPath(path).map(active::get);
    }
}
