package com.refundpilot.platform.domain.reconcile;

import java.util.List;

/** One page of a platform's list of changed after-sale orders, and whether another page follows. */
public record ChangePage<C>(List<C> changes, boolean hasNext) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
