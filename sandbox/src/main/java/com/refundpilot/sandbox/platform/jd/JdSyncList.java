package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import com.refundpilot.sandbox.platform.taobao.TaobaoWire;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code jingdong.asc.sync.list} (增量查询服务单信息, docs/platform-wire-formats/jd.md §2): the shop's service bills whose
 * {@code modifiedTime} lies in {@code [updateTimeBegin, updateTimeEnd]} (both required, at most a day apart), oldest
 * change first, in pages of {@code pageSize} 1..50 (default 10). Each entry is the bill as
 * {@code jingdong.asc.query.view} shows it (the real entry's fields are not public).
 */
@Service
class JdSyncList {

    static final String SYNC_LIST = "jingdong.asc.sync.list";
    static final Duration MAX_WINDOW = Duration.ofDays(1);
    static final int MAX_PAGE_SIZE = 50;
    static final int DEFAULT_PAGE_SIZE = 10;

    private final TaobaoRefunds refunds;

    JdSyncList(TaobaoRefunds refunds) {
        this.refunds = refunds;
    }

    Map<String, Object> list(String shopId, JdParams p) {
        Instant begin = time(p, "updateTimeBegin");
        Instant end = time(p, "updateTimeEnd");
        if (end.isBefore(begin) || Duration.between(begin, end).compareTo(MAX_WINDOW) > 0) {
            throw JdApiException.badParameter("updateTimeEnd", "must be 0..24 hours after updateTimeBegin");
        }
        Optional<String> buId = p.text("buId");
        if (buId.isPresent() && !buId.get().equals(shopId)) {
            throw JdApiException.badParameter("buId", "is not the shop of the access_token");
        }
        long pageNumber = range(p, "pageNumber", 1, Long.MAX_VALUE, 1);
        long pageSize = range(p, "pageSize", 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        List<RefundSnapshot> changed = refunds.all().stream()
                .filter(r -> r.platform() == SandboxPlatform.JD && r.shopId().equals(shopId))
                .map(TaobaoRefund::snapshot)
                .filter(r -> {
                    long modified = r.modified().getEpochSecond();
                    return modified >= begin.getEpochSecond() && modified <= end.getEpochSecond();
                })
                .sorted(Comparator.comparing(RefundSnapshot::modified).thenComparing(r -> r.terms().refundId()))
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("totalCount", changed.size());
        page.put("pageNumber", pageNumber);
        page.put("pageSize", pageSize);
        page.put("data", changed.stream().skip((pageNumber - 1) * pageSize).limit(pageSize).map(JdBills::bill)
                .toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "0");
        body.put("pageResult", page);
        return Map.of(SYNC_LIST.replace('.', '_') + "_responce", body);
    }

    private static Instant time(JdParams p, String name) {
        String text = p.requiredText(name);
        return TaobaoWire.parseTime(text)
                .orElseThrow(() -> JdApiException.badParameter(name, "must be yyyy-MM-dd HH:mm:ss, was '" + text + "'"));
    }

    private static long range(JdParams p, String name, long min, long max, long otherwise) {
        long value = p.number(name).orElse(otherwise);
        if (value < min || value > max) {
            throw JdApiException.badParameter(name, "must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
