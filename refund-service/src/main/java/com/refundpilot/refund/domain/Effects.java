package com.refundpilot.refund.domain;

import com.refundpilot.contracts.envelope.Message;
import java.util.ArrayList;
import java.util.List;

/** What handling one message decided to do: messages to send and timers to set, applied atomically. */
public final class Effects {

    private final List<Message> messages = new ArrayList<>();
    private final List<TimerRequest> timers = new ArrayList<>();

    public static Effects none() {
        return new Effects();
    }

    void send(Message message) {
        messages.add(message);
    }

    void timer(TimerRequest request) {
        timers.add(request);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    public List<TimerRequest> timers() {
        return List.copyOf(timers);
    }

    public boolean isEmpty() {
        return messages.isEmpty() && timers.isEmpty();
    }
}
