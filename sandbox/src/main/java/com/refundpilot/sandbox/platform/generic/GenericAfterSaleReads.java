package com.refundpilot.sandbox.platform.generic;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import com.refundpilot.sandbox.platform.taobao.SandboxPlatform;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefund;
import com.refundpilot.sandbox.platform.taobao.TaobaoRefunds;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The generic API's reads of after-sales: one, its chat, negotiations and evidence, and the reconciliation list. */
@Service
class GenericAfterSaleReads {

    static final int MAX_PAGE_SIZE = 100;

    private final TaobaoRefunds refunds;

    GenericAfterSaleReads(TaobaoRefunds refunds) {
        this.refunds = refunds;
    }

    /** A generic refund; any other platform's is as unknown as a missing one. */
    TaobaoRefund refund(String afterSaleId) {
        return refunds.find(afterSaleId).filter(r -> r.platform() == SandboxPlatform.GENERIC)
                .orElseThrow(() -> GenericApiException.notFound("after-sale", afterSaleId));
    }

    Map<String, Object> afterSale(String id) {
        return GenericJson.afterSale(refund(id).snapshot());
    }

    Map<String, Object> messages(String id) {
        return Map.of("messages", refund(id).snapshot().chat().stream().map(GenericJson::message).toList());
    }

    Map<String, Object> negotiations(String id) {
        return Map.of("negotiations", refund(id).snapshot().negotiations().stream().map(GenericJson::negotiation)
                .toList());
    }

    Map<String, Object> evidence(String id) {
        return Map.of("evidence", GenericEvidence.references(refund(id).snapshot().evidence()));
    }

    /**
     * Reconciliation: the shop's after-sales with {@code updatedFrom <= updatedAt < updatedTo} (either bound may
     * be left out), oldest change first (then by ID), {@code pageSize} (1..100, default 100) per page from 1.
     */
    Map<String, Object> list(String shopId, String updatedFrom, String updatedTo, String page, String pageSize) {
        if (shopId == null || shopId.isBlank()) {
            throw GenericApiException.invalidField("shopId", "is required");
        }
        Instant from = instant("updatedFrom", updatedFrom);
        Instant to = instant("updatedTo", updatedTo);
        int pageNo = integer("page", page, 1, Integer.MAX_VALUE, 1);
        int size = integer("pageSize", pageSize, 1, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        List<RefundSnapshot> matching = refunds.all().stream()
                .filter(r -> r.platform() == SandboxPlatform.GENERIC && r.shopId().equals(shopId))
                .map(TaobaoRefund::snapshot)
                .filter(r -> (from == null || !r.modified().isBefore(from)) && (to == null || r.modified().isBefore(to)))
                .sorted(Comparator.comparing(RefundSnapshot::modified).thenComparing(r -> r.terms().refundId()))
                .toList();
        long skip = (long) (pageNo - 1) * size;
        List<Map<String, Object>> pageItems = matching.stream().skip(skip).limit(size).map(GenericJson::afterSale)
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("afterSales", pageItems);
        out.put("hasNext", skip + size < matching.size());
        return out;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw GenericApiException.invalidField(name, "must be an ISO-8601 instant, was '" + value + "'");
        }
    }

    private static int integer(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw GenericApiException.invalidField(name, "must be in " + min + ".." + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw GenericApiException.invalidField(name, "must be an integer, was '" + value + "'");
        }
    }
}
