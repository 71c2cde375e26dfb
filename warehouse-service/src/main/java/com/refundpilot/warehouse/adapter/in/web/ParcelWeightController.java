package com.refundpilot.warehouse.adapter.in.web;

import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.warehouse.application.WeighingService;
import com.refundpilot.warehouse.application.WeighingService.Weighing;
import com.refundpilot.warehouse.domain.InvalidRecordException;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warehouse staff weigh an order's parcel: {@code {"grams":310,"expectedGrams"?:620,"trackingNo"?}}, told to
 * the latest case that asked about the order (404 when none did; 409 naming {@code shopId} when the order ID
 * exists in several shops and none was named). Answers the weighing as reported.
 */
@RestController
public class ParcelWeightController {

    private final WeighingService weighings;

    public ParcelWeightController(WeighingService weighings) {
        this.weighings = weighings;
    }

    @PostMapping("/api/orders/{orderId}/parcel-weight")
    public ParcelWeighed weigh(@PathVariable String orderId, @RequestParam(required = false) String shopId,
            @RequestBody(required = false) Map<String, Object> body) {
        BodyFields fields = new BodyFields(body);
        Long grams = fields.integer("grams");
        if (grams == null) {
            throw new InvalidRecordException("grams", "is required");
        }
        if (grams < 0) {
            throw new InvalidRecordException("grams", "must not be negative, was " + grams);
        }
        Long expectedGrams = fields.integer("expectedGrams");
        if (expectedGrams != null && expectedGrams < 0) {
            throw new InvalidRecordException("expectedGrams", "must not be negative, was " + expectedGrams);
        }
        return weighings.weigh(new Weighing(orderId.strip(), shopId == null || shopId.isBlank() ? null : shopId.strip(),
                fields.text("trackingNo"), grams, expectedGrams));
    }
}
