package com.refundpilot.platform.domain.reconcile;

/**
 * How often a kind of change happens to one refund, and so when an earlier message already told it: a refund is
 * created (or settled) once, modified once per version, and has its deadline moved once per modification.
 */
public enum ChangeKind {
    ONCE,
    PER_VERSION,
    PER_MODIFICATION;

    /** Whether a message that saw {@code seen} already told the change that shows as {@code wanted}. */
    public boolean covers(RefundState seen, RefundState wanted) {
        return switch (this) {
            case ONCE -> true;
            case PER_VERSION -> seen.sameOrLaterVersion(wanted);
            case PER_MODIFICATION -> seen.atLeast(wanted);
        };
    }
}
