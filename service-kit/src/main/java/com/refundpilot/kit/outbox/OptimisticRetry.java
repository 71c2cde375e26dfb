package com.refundpilot.kit.outbox;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Load-decide-save loops lose to a concurrent writer now and then (two instances, the timer sweeper and a
 * consumer on the same case); re-running the whole unit of work on fresh state is the correct answer.
 */
public final class OptimisticRetry {

    private static final int ATTEMPTS = 8;

    private OptimisticRetry() {
    }

    public static <T> T run(Supplier<T> unitOfWork) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return unitOfWork.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                last = e;
            }
        }
        throw last;
    }

    public static void run(Runnable unitOfWork) {
        run(() -> {
            unitOfWork.run();
            return null;
        });
    }
}
