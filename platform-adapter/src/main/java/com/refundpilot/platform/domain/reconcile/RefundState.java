package com.refundpilot.platform.domain.reconcile;

import java.time.Instant;

/**
 * A refund as the platform showed it at one reading: its status, write version ({@code 0}: the reading did not say,
 * as a list call may not), modification time and staff-intervention status ({@code 0}: not said).
 */
public record RefundState(String status, long version, Instant modified, int csStatus) {

    public RefundState {
        modified = modified == null ? Instant.EPOCH : modified;
    }

    /** At this version or a later one; by modification time when either reading has no version. */
    public boolean sameOrLaterVersion(RefundState other) {
        if (version > 0 && other.version > 0) {
            return version >= other.version;
        }
        return !modified.isBefore(other.modified);
    }

    /** This reading is the other one or a later one: a later version, or the same version modified since. */
    public boolean atLeast(RefundState other) {
        if (version > 0 && other.version > 0 && version != other.version) {
            return version > other.version;
        }
        return !modified.isBefore(other.modified);
    }
}
