package com.refundpilot.warehouse.application;

import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.kit.outbox.OptimisticRetry;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderDocument;
import com.refundpilot.warehouse.adapter.out.mongo.WarehouseOrderRepository;
import com.refundpilot.warehouse.domain.ErpOrderSnapshot;
import com.refundpilot.warehouse.domain.InvalidRecordException;
import com.refundpilot.warehouse.domain.NoCaseAskedException;
import com.refundpilot.warehouse.domain.RecordResult;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Staff weigh an order's parcel (RE-1: a missing item shows as a lighter parcel): the weight goes to the
 * latest case that asked about the order, recorded in the ERP first and then stored with its event in one
 * write of the order's document. Every weighing is a fact of its own (its own ERP request ID and event).
 */
@Service
public class WeighingService {

    /** What staff weighed: {@code expectedGrams} null = the weight the ERP last showed for the order. */
    public record Weighing(String orderId, String shopId, String trackingNo, long grams, Long expectedGrams) {
    }

    private static final Logger log = LoggerFactory.getLogger(WeighingService.class);

    private final WarehouseOrderRepository orders;
    private final ErpGateway erp;
    private final StaffEvents events;
    private final Clock clock;

    public WeighingService(WarehouseOrderRepository orders, ErpGateway erp, StaffEvents events, Clock clock) {
        this.orders = orders;
        this.erp = erp;
        this.events = events;
        this.clock = clock;
    }

    public ParcelWeighed weigh(Weighing weighing) {
        WarehouseOrderDocument order = askedAbout(weighing.orderId(), weighing.shopId());
        long expectedGrams = expectedGrams(weighing, order.order().lastKnown());
        String caseId = order.order().latestCaseId();
        RecordResult recorded = erp.recordWeight(weighing.orderId(), "weight:" + UUID.randomUUID(), caseId,
                weighing.trackingNo(), weighing.grams(), expectedGrams);
        if (recorded instanceof RecordResult.Unavailable unavailable) {
            throw new ErpUnavailableException(unavailable.detail());
        }
        if (recorded instanceof RecordResult.Refused refused) {
            log.info("ERP refused a weight of order {}: {} {}", weighing.orderId(), refused.code(), refused.detail());
        }
        return OptimisticRetry.run(() -> {
            WarehouseOrderDocument document = orders.find(order.getId()).orElseThrow();
            ParcelWeighed event = document.order().weighed(weighing.trackingNo(), weighing.grams(), expectedGrams,
                    recorded.outcome(), clock.instant());
            document.enqueue(events.fresh(event));
            orders.save(document);
            return event;
        });
    }

    /** The one order with this ID (of this shop, when named) that a case asked about. */
    private WarehouseOrderDocument askedAbout(String orderId, String shopId) {
        List<WarehouseOrderDocument> found = orders.findByOrderId(orderId).stream()
                .filter(document -> shopId == null || document.order().order().shopId().equals(shopId))
                .filter(document -> document.order().latestCaseId() != null)
                .toList();
        if (found.isEmpty()) {
            throw new NoCaseAskedException("no case asked about order " + orderId
                    + (shopId == null ? "" : " of shop " + shopId));
        }
        if (found.size() > 1) {
            throw new AmbiguousOrderException("order " + orderId + " exists in several shops "
                    + found.stream().map(document -> document.order().order().key()).toList() + "; name the shopId");
        }
        return found.get(0);
    }

    private static long expectedGrams(Weighing weighing, ErpOrderSnapshot lastKnown) {
        if (weighing.expectedGrams() != null) {
            return weighing.expectedGrams();
        }
        if (lastKnown != null && lastKnown.weightGrams() != null) {
            return lastKnown.weightGrams();
        }
        throw new InvalidRecordException("expectedGrams", "is required: the ERP has shown no weight for order "
                + weighing.orderId());
    }
}
