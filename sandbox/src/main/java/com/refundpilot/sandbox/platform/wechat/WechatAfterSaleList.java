package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;

/**
 * {@code getaftersalelist}: the shop's after-sale IDs created in {@code [begin_create_time, end_create_time]} or
 * updated in {@code [begin_update_time, end_update_time]} (epoch seconds, both inclusive; one pair is required, each
 * at most 24 hours apart, else 10020004), ordered by that time then ID, {@link #PAGE_SIZE} a page; {@code next_key}
 * (opaque) continues after the last page. What a merchant's reconciliation reads for a change whose push was lost.
 */
@Service
class WechatAfterSaleList {

    static final int PAGE_SIZE = 50;
    static final int BAD_WINDOW = 10020004;
    private static final Duration MAX_SPAN = Duration.ofHours(24);
    private static final String KEY_PREFIX = "nk-";

    private final TaobaoRefunds refunds;

    WechatAfterSaleList(TaobaoRefunds refunds) {
        this.refunds = refunds;
    }

    Map<String, Object> list(WechatBody body) {
        Long beginUpdate = body.optionalLong("begin_update_time");
        Long endUpdate = body.optionalLong("end_update_time");
        Long beginCreate = body.optionalLong("begin_create_time");
        Long endCreate = body.optionalLong("end_create_time");
        boolean byUpdate = beginUpdate != null || endUpdate != null;
        long begin;
        long end;
        ToLongFunction<RefundSnapshot> time;
        if (byUpdate) {
            begin = required(beginUpdate, "begin_update_time");
            end = required(endUpdate, "end_update_time");
            time = refund -> WechatJson.updateTime(refund).getEpochSecond();
        } else {
            begin = required(beginCreate, "begin_create_time");
            end = required(endCreate, "end_create_time");
            time = refund -> refund.terms().created().getEpochSecond();
        }
        if (end < begin || end - begin > MAX_SPAN.toSeconds()) {
            throw new WechatApiException(BAD_WINDOW, "非法的时间区间,不得大于24小时");
        }
        int from = offset(body.optionalText("next_key"));
        List<RefundSnapshot> matching = refunds.all().stream()
                .filter(r -> r.platform() == SandboxPlatform.WECHAT_CHANNELS)
                .map(TaobaoRefund::snapshot)
                .filter(r -> time.applyAsLong(r) >= begin && time.applyAsLong(r) <= end)
                .sorted(Comparator.comparingLong(time).thenComparing(r -> r.terms().refundId()))
                .toList();
        List<String> ids = matching.stream().skip(from).limit(PAGE_SIZE).map(r -> r.terms().refundId()).toList();
        boolean hasMore = from + PAGE_SIZE < matching.size();
        Map<String, Object> out = new LinkedHashMap<>(WechatAfterSaleActions.ok());
        out.put("after_sale_order_id_list", ids);
        out.put("has_more", hasMore);
        out.put("next_key", hasMore ? KEY_PREFIX + (from + PAGE_SIZE) : "");
        return out;
    }

    private static long required(Long value, String name) {
        if (value == null) {
            throw WechatApiException.param(name, "is required with its pair");
        }
        return value;
    }

    private static int offset(String nextKey) {
        if (nextKey == null || nextKey.isBlank()) {
            return 0;
        }
        if (!nextKey.startsWith(KEY_PREFIX) || !nextKey.substring(KEY_PREFIX.length()).matches("\\d{1,9}")) {
            throw WechatApiException.param("next_key", "is not a key this list returned");
        }
        return Integer.parseInt(nextKey.substring(KEY_PREFIX.length()));
    }
}
