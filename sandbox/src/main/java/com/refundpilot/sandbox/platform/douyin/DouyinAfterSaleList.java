package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * {@code afterSale/List}: the token's shop's after-sales, filtered by {@code update_time} ({@code update_start_time} /
 * {@code update_end_time}, epoch seconds, both inclusive) and/or by apply time ({@code start_time} / {@code end_time}),
 * ordered by {@code update_time} then ID, paged by {@code page} (from 0) and {@code size} (1..100). What a merchant's
 * reconciliation reads to catch a change whose push never arrived. Each entry is {@code {aftersale_info:{…}}} with the
 * list's common fields (the SDKs' names); {@code has_more} says whether a next page follows.
 */
@Service
class DouyinAfterSaleList {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 10;

    private final TaobaoRefunds refunds;
    private final DouyinVersions versions;

    DouyinAfterSaleList(TaobaoRefunds refunds, DouyinVersions versions) {
        this.refunds = refunds;
        this.versions = versions;
    }

    Map<String, Object> list(DouyinCall call) {
        DouyinParams params = call.params();
        Window updated = window(params, "update_start_time", "update_end_time");
        Window applied = window(params, "start_time", "end_time");
        long page = params.optionalLong("page") == null ? 0 : params.optionalLong("page");
        long size = params.optionalLong("size") == null ? DEFAULT_SIZE : params.optionalLong("size");
        if (page < 0) {
            throw DouyinApiException.invalid("page", "must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DouyinApiException.invalid("size", "must be 1.." + MAX_SIZE + ", was " + size);
        }
        record Listed(RefundSnapshot refund, long updateTime) {
        }
        List<Listed> matching = refunds.all().stream()
                .filter(r -> r.platform() == SandboxPlatform.DOUYIN && r.shopId().equals(call.shopId()))
                .map(TaobaoRefund::snapshot)
                .map(r -> new Listed(r, versions.updateTime(r)))
                .filter(l -> updated.holds(l.updateTime()))
                .filter(l -> applied.holds(DouyinTime.seconds(l.refund().terms().created())))
                .sorted(Comparator.comparingLong(Listed::updateTime)
                        .thenComparing(l -> l.refund().terms().refundId()))
                .toList();
        long from = page * size;
        List<Map<String, Object>> items = matching.stream().skip(from).limit(size)
                .map(l -> Map.<String, Object>of("aftersale_info", info(l.refund(), l.updateTime()))).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("items", items);
        data.put("has_more", from + size < matching.size());
        data.put("total", matching.size());
        data.put("page", page);
        data.put("size", size);
        return data;
    }

    private static Map<String, Object> info(RefundSnapshot refund, long updateTime) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("aftersale_id", refund.terms().refundId());
        info.put("aftersale_status", DouyinCodes.status(refund));
        info.put("aftersale_type", DouyinCodes.type(refund.terms().type()));
        info.put("related_id", refund.terms().orderId());
        info.put("apply_time", DouyinTime.seconds(refund.terms().created()));
        info.put("create_time", DouyinTime.seconds(refund.terms().created()));
        info.put("update_time", updateTime);
        info.put("refund_amount", refund.terms().amountFen());
        info.put("arbitrate_status", DouyinAfterSales.arbitrateStatus(refund.intervention()));
        info.put("status_deadline", DouyinAfterSales.statusDeadline(refund));
        return info;
    }

    private static Window window(DouyinParams params, String startName, String endName) {
        Long start = params.optionalLong(startName);
        Long end = params.optionalLong(endName);
        if (start != null && end != null && end < start) {
            throw DouyinApiException.invalid(endName, endName + " is before " + startName);
        }
        return new Window(start, end);
    }

    private record Window(Long start, Long end) {

        boolean holds(long seconds) {
            return (start == null || seconds >= start) && (end == null || seconds <= end);
        }
    }
}
