package com.refundpilot.platform.domain;

import com.refundpilot.contracts.envelope.Event;
import java.util.List;

/** The canonical events one push stands for, in order, or none and why ({@code dropReason}). */
public record Normalized(List<Event> events, String dropReason) {

    public Normalized {
        events = List.copyOf(events);
    }

    public static Normalized of(Event... events) {
        return new Normalized(List.of(events), null);
    }

    public static Normalized dropped(String reason) {
        return new Normalized(List.of(), reason);
    }
}
