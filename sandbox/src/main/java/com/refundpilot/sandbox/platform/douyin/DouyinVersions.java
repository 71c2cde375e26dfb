package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Douyin's optimistic version is {@code update_time}, epoch seconds. The model counts versions 1, 2, 3…; each gets the
 * second it was first shown (its {@code modified}), and at least one more than the previous version's, so
 * {@code update_time} strictly increases even when two changes fall in one second. A merchant can only know an
 * {@code update_time} it was shown, so an unknown one is simply stale.
 */
@Component
class DouyinVersions {

    private final Map<String, TreeMap<Long, Long>> byRefund = new ConcurrentHashMap<>();

    long updateTime(RefundSnapshot refund) {
        TreeMap<Long, Long> versions = byRefund.computeIfAbsent(refund.terms().refundId(), id -> new TreeMap<>());
        synchronized (versions) {
            Long known = versions.get(refund.version());
            if (known != null) {
                return known;
            }
            Map.Entry<Long, Long> before = versions.lowerEntry(refund.version());
            long seconds = DouyinTime.seconds(refund.modified());
            long updateTime = before == null ? seconds : Math.max(seconds, before.getValue() + 1);
            versions.put(refund.version(), updateTime);
            return updateTime;
        }
    }

    /** The {@code update_time} a model version was shown with; 0 when it never was. */
    long updateTimeOf(String refundId, long version) {
        TreeMap<Long, Long> versions = byRefund.get(refundId);
        if (versions == null) {
            return 0;
        }
        synchronized (versions) {
            return versions.getOrDefault(version, 0L);
        }
    }

    /** The model version an {@code update_time} stands for; empty when none was ever shown with it. */
    Optional<Long> version(String refundId, long updateTime) {
        TreeMap<Long, Long> versions = byRefund.get(refundId);
        if (versions == null) {
            return Optional.empty();
        }
        synchronized (versions) {
            return versions.entrySet().stream().filter(e -> e.getValue() == updateTime).map(Map.Entry::getKey)
                    .findFirst();
        }
    }
}
