package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * {@code taobao.refunds.receive.get}: the refunds a shop received whose {@code modified} lies in a window, paged. What
 * a merchant's reconciliation reads to catch a change whose message never arrived. Times are whole seconds (the wire's
 * precision) and both window ends are inclusive; pages are in {@code modified} order, then by refund ID, so paging a
 * window that nobody changes meanwhile sees every refund once.
 */
@Service
public class TopRefundListApi {

    static final int DEFAULT_PAGE_SIZE = 40;
    static final int MAX_PAGE_SIZE = 100;

    /** The public field list of the method, plus the sandbox's own {@code refund_version}, {@code bill_type}, {@code cs_status}. */
    static final Set<String> FIELDS = Set.of("refund_id", "tid", "title", "buyer_nick", "seller_nick", "total_fee",
            "status", "created", "refund_fee", "oid", "good_status", "company_name", "sid", "payment", "reason", "desc",
            "has_good_return", "modified", "order_status", "refund_phase", "refund_version", "bill_type", "cs_status");

    private final TaobaoRefunds refunds;

    public TopRefundListApi(TaobaoRefunds refunds) {
        this.refunds = refunds;
    }

    public Map<String, Object> receiveGet(String shopId, Map<String, String> params) {
        Set<String> fields = fields(TopParams.required(params, "fields"));
        Instant start = time(params, "start_modified");
        Instant end = time(params, "end_modified");
        if (start != null && end != null && end.isBefore(start)) {
            throw TopApiException.invalidParameter("end_modified", "end_modified is before start_modified");
        }
        RefundStatus status = params.get("status") == null || params.get("status").isBlank() ? null
                : TopParams.requiredEnum(params, "status", RefundStatus.class);
        int pageNo = positive(params, "page_no", 1, Integer.MAX_VALUE);
        int pageSize = positive(params, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        boolean useHasNext = Boolean.parseBoolean(TopParams.optional(params, "use_has_next"));

        List<RefundSnapshot> matching = refunds.all().stream()
                .filter(refund -> refund.shopId().equals(shopId))
                .map(TaobaoRefund::snapshot)
                .filter(refund -> inWindow(refund.modified(), start, end))
                .filter(refund -> status == null || refund.status() == status)
                .sorted(Comparator.comparing(RefundSnapshot::modified)
                        .thenComparing(refund -> refund.terms().refundId()))
                .toList();
        long from = (long) (pageNo - 1) * pageSize;
        List<Map<String, Object>> page = matching.stream().skip(from).limit(pageSize)
                .map(refund -> entry(refund, fields)).toList();

        Map<String, Object> answer = new LinkedHashMap<>();
        if (useHasNext) {
            answer.put("has_next", from + pageSize < matching.size());
        } else {
            answer.put("total_results", matching.size());
        }
        // TOP's JSON wraps a list in an object named after its element.
        answer.put("refunds", Map.of("refund", page));
        return Map.of("refunds_receive_get_response", answer);
    }

    /** The refund as taobao.refund.get shows it, cut to the asked fields; {@code payment} is what the seller keeps. */
    private static Map<String, Object> entry(RefundSnapshot refund, Set<String> fields) {
        Map<String, Object> all = new LinkedHashMap<>(TopRefundObject.of(refund));
        all.put("payment", TaobaoWire.yuan(refund.terms().orderPaidFen() - refund.refundedFen()));
        Map<String, Object> wanted = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (fields.contains(name)) {
                wanted.put(name, value);
            }
        });
        return wanted;
    }

    private static boolean inWindow(Instant modified, Instant start, Instant end) {
        Instant second = modified.truncatedTo(ChronoUnit.SECONDS);
        return (start == null || !second.isBefore(start)) && (end == null || !second.isAfter(end));
    }

    private static Set<String> fields(String text) {
        Set<String> asked = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(f -> !f.isEmpty()).forEach(asked::add);
        for (String field : asked) {
            if (!FIELDS.contains(field)) {
                throw TopApiException.invalidParameter("fields", "unknown field '" + field + "'");
            }
        }
        if (asked.isEmpty()) {
            throw TopApiException.missingParameter("fields");
        }
        return asked;
    }

    private static Instant time(Map<String, String> params, String name) {
        String value = TopParams.optional(params, name);
        if (value == null) {
            return null;
        }
        return TaobaoWire.parseTime(value).orElseThrow(() -> TopApiException.invalidParameter(name,
                name + " must be yyyy-MM-dd HH:mm:ss (Asia/Shanghai): '" + value + "'"));
    }

    private static int positive(Map<String, String> params, String name, int fallback, int max) {
        String value = TopParams.optional(params, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw TopApiException.invalidParameter(name, name + " must be a whole number in 1.." + max + ": '" + value + "'");
    }
}
