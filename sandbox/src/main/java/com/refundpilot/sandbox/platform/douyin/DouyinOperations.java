package com.refundpilot.sandbox.platform.douyin;

import com.refundpilot.sandbox.platform.taobao.AgreeRequest;
import com.refundpilot.sandbox.platform.taobao.CallResult;
import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.RefuseRequest;
import com.refundpilot.sandbox.platform.taobao.ReturnAgreement;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoMetrics;
import com.refundpilot.sandbox.platform.taobao.TaobaoProperties;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * {@code afterSale/operate}: the merchant's decisions, each the model call the TOP method makes (so the oracle's
 * actions, stats and counters see both wires alike). At most 20 items, all or nothing: every item's parameters, kind
 * and stage are checked first, and with several items also their status and {@code update_time}, under all their
 * locks; only then is anything applied. The agree pays the after-sale as it stands: Douyin's operate has no amount.
 */
@Service
class DouyinOperations {

    static final int MAX_ITEMS = 20;

    private final DouyinBook book;
    private final DouyinVersions versions;
    private final DouyinPushes pushes;
    private final TaobaoMetrics metrics;
    private final TaobaoProperties taobao;
    private final Clock clock;

    DouyinOperations(DouyinBook book, DouyinVersions versions, DouyinPushes pushes, TaobaoMetrics metrics,
            TaobaoProperties taobao, Clock clock) {
        this.book = book;
        this.versions = versions;
        this.pushes = pushes;
        this.metrics = metrics;
        this.taobao = taobao;
        this.clock = clock;
    }

    Map<String, Object> operate(DouyinCall call) {
        long code = call.params().requiredLong("type");
        DouyinOperateType type = DouyinOperateType.of(code)
                .orElseThrow(() -> DouyinApiException.invalid("type", "unknown operate type " + code));
        List<DouyinParams> given = call.params().objects("items");
        if (given.isEmpty()) {
            throw DouyinApiException.missing("items");
        }
        if (given.size() > MAX_ITEMS) {
            throw DouyinApiException.invalid("items", "at most " + MAX_ITEMS + " after-sales per call, was "
                    + given.size());
        }
        List<DouyinOperateItem> items = new ArrayList<>();
        for (DouyinParams item : given) {
            items.add(read(call.shopId(), type, item));
        }
        List<TaobaoRefund> locked = items.stream().map(DouyinOperateItem::refund).distinct()
                .sorted(Comparator.comparing(TaobaoRefund::refundId)).toList();
        List<RefundSnapshot> after = underLocks(locked, 0, () -> decideAll(type, items));
        for (RefundSnapshot snapshot : after) {
            pushAfter(type, snapshot);
        }
        List<Map<String, Object>> results = items.stream().map(i -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("aftersale_id", i.afterSaleId());
            result.put("status_code", 0);
            result.put("status_msg", "success");
            return result;
        }).toList();
        return Map.of("items", results);
    }

    /** The model's per-refund locks, taken in ID order, so a batch sees and changes its refunds at once. */
    private static <T> T underLocks(List<TaobaoRefund> refunds, int from, Supplier<T> work) {
        if (from == refunds.size()) {
            return work.get();
        }
        synchronized (refunds.get(from)) {
            return underLocks(refunds, from + 1, work);
        }
    }

    private List<RefundSnapshot> decideAll(DouyinOperateType type, List<DouyinOperateItem> items) {
        for (DouyinOperateItem item : items) {
            checkFits(type, item, items.size() > 1);
        }
        List<RefundSnapshot> after = new ArrayList<>();
        for (DouyinOperateItem item : items) {
            CallResult result = decide(type, item);
            if (!result.succ()) {
                throw DouyinRefusals.of(result);
            }
            after.add(item.refund().snapshot());
        }
        return after;
    }

    /**
     * Douyin's own rules before the model's: the type must serve the after-sale's kind and stage. In a batch, the
     * status and version are checked here too, so that no item applies when another would be refused.
     */
    private void checkFits(DouyinOperateType type, DouyinOperateItem item, boolean batch) {
        RefundSnapshot now = item.refund().snapshot();
        if (!type.servesType(now.terms().type())) {
            throw DouyinApiException.businessFailed("aftersale-type-invalid", "operate type " + type.code()
                    + " does not serve a " + DouyinCodes.typeText(now.terms().type()) + " after-sale ("
                    + item.afterSaleId() + ")");
        }
        if (!type.fitsStage(now.returnShipment() != null)) {
            throw DouyinApiException.businessFailed("20309541", "售后状态错误: operate type " + type.code()
                    + (now.returnShipment() == null ? " is for a return that shipped" : " is for a return not shipped yet")
                    + " (" + item.afterSaleId() + ")");
        }
        if (batch && now.status().finished()) {
            throw DouyinApiException.businessFailed("20309541", "售后状态错误: " + item.afterSaleId() + " is "
                    + DouyinCodes.statusText(DouyinCodes.status(now)));
        }
        if (batch && item.updateTime() != null && modelVersion(item, now) != now.version()) {
            throw DouyinApiException.businessFailed("aftersale-version-changed", item.afterSaleId()
                    + " changed since update_time " + item.updateTime());
        }
    }

    private CallResult decide(DouyinOperateType type, DouyinOperateItem item) {
        TaobaoRefund refund = item.refund();
        RefundSnapshot now = refund.snapshot();
        long version = modelVersion(item, now);
        Instant at = clock.instant();
        return switch (type.decision()) {
            case AGREE -> {
                metrics.agreeCalled(SandboxPlatform.DOUYIN);
                yield refund.agree(new AgreeRequest(item.afterSaleId(), now.terms().amountFen(), version,
                        now.terms().phase()), at);
            }
            case REFUSE -> refund.refuse(new RefuseRequest(item.afterSaleId(), item.refusalText(),
                    Long.toString(item.rejectReasonCode()), item.evidence(), version), at);
            case AGREE_RETURN -> {
                DouyinOperateItem.ReturnAddress a = item.address();
                ReturnAgreement agreement = new ReturnAgreement(a.province(), a.city(), a.detail(), false, version, at,
                        a.name(), a.mobile());
                yield refund.agreeReturn(agreement, at.plus(taobao.buyerReturnDeadline()), at);
            }
            case CONSIGN_EXCHANGE -> refund.consignExchange(item.logisticsCompany(), item.logisticsCode(), version, at);
        };
    }

    /** No {@code update_time}: not checked, the current version; an unknown one stands for no version at all. */
    private long modelVersion(DouyinOperateItem item, RefundSnapshot now) {
        if (item.updateTime() == null) {
            return now.version();
        }
        return versions.version(item.afterSaleId(), item.updateTime()).orElse(-1L);
    }

    private void pushAfter(DouyinOperateType type, RefundSnapshot after) {
        switch (type.decision()) {
            case AGREE -> pushes.echoThenChange(DouyinTag.REFUND_AGREED, TmcMessage.REFUND_SUCCESS, after);
            case REFUSE -> pushes.echo(type == DouyinOperateType.REFUSE_REFUND ? DouyinTag.REFUND_REFUSED
                    : DouyinTag.RETURN_APPLY_REFUSED, after);
            case AGREE_RETURN -> pushes.echo(DouyinTag.RETURN_APPLY_AGREED, after);
            case CONSIGN_EXCHANGE -> pushes.echo(DouyinTag.EXCHANGE_CONFIRMED, after);
        }
    }

    private DouyinOperateItem read(String shopId, DouyinOperateType type, DouyinParams item) {
        TaobaoRefund refund = book.afterSale(shopId, item.requiredId("aftersale_id"));
        Long updateTime = item.optionalLong("update_time");
        return switch (type.decision()) {
            case AGREE -> new DouyinOperateItem(refund, updateTime, null, null, null, List.of(), null, null, null);
            case REFUSE -> new DouyinOperateItem(refund, updateTime, item.requiredText("reason"),
                    item.optionalText("remark"), item.requiredLong("reject_reason_code"), evidence(item), null, null,
                    null);
            case AGREE_RETURN -> new DouyinOperateItem(refund, updateTime, null, null, null, List.of(),
                    address(item.requiredObject("logistics")), null, null);
            case CONSIGN_EXCHANGE -> {
                DouyinParams logistics = item.requiredObject("logistics");
                yield new DouyinOperateItem(refund, updateTime, null, null, null, List.of(), null,
                        logistics.optionalText("company_code"), logistics.requiredText("logistics_code").trim());
            }
        };
    }

    /** {@code evidence:[{type, url, desc}]}: each kept as {@code desc:url} (the kind the merchant named, its URL). */
    private static List<String> evidence(DouyinParams item) {
        List<String> proofs = new ArrayList<>();
        for (DouyinParams piece : item.objects("evidence")) {
            String url = piece.requiredText("url").trim();
            String desc = piece.optionalText("desc");
            proofs.add(desc == null || desc.isBlank() ? url : desc.trim() + ":" + url);
        }
        return proofs;
    }

    /** The sandbox keeps no address book: the address itself, not a {@code receiver_address_id}. */
    private static DouyinOperateItem.ReturnAddress address(DouyinParams logistics) {
        DouyinParams detail = logistics.optionalObject("after_sale_address_detail");
        if (detail == null) {
            if (logistics.optionalLong("receiver_address_id") != null) {
                throw DouyinApiException.invalid("logistics.receiver_address_id", "the sandbox keeps no address "
                        + "book: give logistics.after_sale_address_detail");
            }
            throw DouyinApiException.missing("logistics.after_sale_address_detail");
        }
        String street = String.join(" ", Objects.requireNonNullElse(detail.optionalText("town_name"), ""),
                Objects.requireNonNullElse(detail.optionalText("street_name"), ""),
                Objects.requireNonNullElse(detail.optionalText("detail"), "")).trim().replaceAll("\\s+", " ");
        return new DouyinOperateItem.ReturnAddress(detail.requiredText("province_name").trim(),
                detail.requiredText("city_name").trim(), street, detail.optionalText("user_name"),
                detail.optionalText("mobile"));
    }
}
