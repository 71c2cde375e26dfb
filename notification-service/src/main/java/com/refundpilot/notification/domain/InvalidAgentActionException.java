package com.refundpilot.notification.domain;

/** An agent's action that cannot be carried out as given; names the request field to fix. */
public class InvalidAgentActionException extends IllegalArgumentException {

    private final String field;

    public InvalidAgentActionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
