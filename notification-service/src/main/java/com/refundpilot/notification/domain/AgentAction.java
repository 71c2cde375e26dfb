package com.refundpilot.notification.domain;

import com.refundpilot.contracts.vocabulary.AgentDecision;

/**
 * A person's decision on a task, checked before anything is stored: APPROVE (amount optional, 0 = as
 * requested), REFUSE (no amount, an optional note for the desk's record) or NEGOTIATE (the amount proposed,
 * more than 0). refund-service still applies its guards (G-1: never more than paid) when it carries it out.
 */
public record AgentAction(AgentDecision decision, long amountFen, String note) {

    /** A note is for people reading the task later, not an essay. */
    public static final int NOTE_MAX_LENGTH = 500;

    public AgentAction {
        if (decision == null) {
            throw new InvalidAgentActionException("action", "action is required");
        }
    }

    /** Validates the raw inputs of one action; {@code amountFen} null means "not given". */
    public static AgentAction of(AgentDecision decision, Long amountFen, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX_LENGTH) {
            throw new InvalidAgentActionException("note", "note must be at most " + NOTE_MAX_LENGTH
                    + " characters, was " + cleanNote.length());
        }
        switch (decision) {
            case APPROVE -> {
                if (amountFen != null && amountFen < 0) {
                    throw new InvalidAgentActionException("amountFen",
                            "amountFen must not be negative (0 or absent = as requested), was " + amountFen);
                }
            }
            case REFUSE -> {
                if (amountFen != null && amountFen != 0) {
                    throw new InvalidAgentActionException("amountFen",
                            "a refusal carries no amount; leave amountFen out, was " + amountFen);
                }
            }
            case NEGOTIATE -> {
                if (amountFen == null) {
                    throw new InvalidAgentActionException("amountFen",
                            "NEGOTIATE needs amountFen, the amount proposed to the buyer in fen");
                }
                if (amountFen <= 0) {
                    throw new InvalidAgentActionException("amountFen",
                            "amountFen must be more than 0 to negotiate, was " + amountFen);
                }
            }
        }
        return new AgentAction(decision, amountFen == null ? 0 : amountFen, cleanNote);
    }

    public TaskResolution resolution() {
        return switch (decision) {
            case APPROVE -> TaskResolution.APPROVED;
            case REFUSE -> TaskResolution.REFUSED;
            case NEGOTIATE -> TaskResolution.NEGOTIATED;
        };
    }
}
