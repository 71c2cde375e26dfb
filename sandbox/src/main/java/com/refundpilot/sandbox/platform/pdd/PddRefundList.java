package com.refundpilot.sandbox.platform.pdd;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * pdd.refund.list.increment.get: the mall's after-sales changed in a window of at most 30 minutes
 * ({@code start_updated_at <= updated < end_updated_at}, Unix seconds), filtered by status (0: any) and by the
 * list's own type numbering (1 all, 2 refund only, 3 return, 4 exchange, 5 reship), oldest change first.
 */
@Service
class PddRefundList {

    static final Duration MAX_WINDOW = Duration.ofMinutes(30);
    static final int MAX_PAGE_SIZE = 100;

    private final TaobaoRefunds refunds;

    PddRefundList(TaobaoRefunds refunds) {
        this.refunds = refunds;
    }

    Map<String, Object> increment(String mall, PddParams params) {
        long start = params.requiredLong("start_updated_at");
        long end = params.requiredLong("end_updated_at");
        if (end < start || end - start > MAX_WINDOW.toSeconds()) {
            throw PddApiException.invalidParameter("end_updated_at",
                    "the window must be 0..30 minutes, was " + (end - start) + " s");
        }
        long status = params.requiredLong("after_sales_status");
        long listType = params.requiredLong("after_sales_type");
        if (listType < 1 || listType > 5) {
            throw PddApiException.invalidParameter("after_sales_type", "after_sales_type must be 1..5: " + listType);
        }
        long page = page(params.optionalLong("page"), "page", Long.MAX_VALUE, 1);
        long size = page(params.optionalLong("page_size"), "page_size", MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        List<RefundSnapshot> matching = refunds.all().stream()
                .filter(r -> r.platform() == SandboxPlatform.PINDUODUO && r.shopId().equals(mall))
                .map(TaobaoRefund::snapshot)
                .filter(r -> r.modified().getEpochSecond() >= start && r.modified().getEpochSecond() < end)
                .filter(r -> status == 0 || PddStatuses.status(r) == status)
                .filter(r -> listType == 1 || PddStatuses.listType(r.terms().type()) == listType)
                .sorted(Comparator.comparing(RefundSnapshot::modified).thenComparing(r -> r.terms().refundId()))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total_count", matching.size());
        answer.put("refund_list", matching.stream().skip((page - 1) * size).limit(size).map(PddObjects::listItem)
                .toList());
        return Map.of("refund_increment_get_response", answer);
    }

    private static long page(Long value, String name, long max, long otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1 || value > max) {
            throw PddApiException.invalidParameter(name, name + " must be 1.." + max + ": " + value);
        }
        return value;
    }
}
