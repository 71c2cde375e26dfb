package com.refundpilot.warehouse.adapter.in.web;

import com.refundpilot.contracts.vocabulary.InspectionResult;
import com.refundpilot.warehouse.application.ReturnsService;
import com.refundpilot.warehouse.domain.InspectionReport;
import com.refundpilot.warehouse.domain.InvalidRecordException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Warehouse staff and return parcels, by waybill: record the arrival, the inspection, read what is known.
 * 404 a waybill no case expects, 409 (with {@code code}) a second arrival or inspection, 400 naming the field,
 * 503 the ERP gave no answer; on every error nothing is stored or published. See {@link WarehouseWebErrors}.
 */
@RestController
@RequestMapping("/api/returns/{trackingNo}")
public class ReturnsController {

    private final ReturnsService returns;

    public ReturnsController(ReturnsService returns) {
        this.returns = returns;
    }

    @GetMapping
    public ReturnView get(@PathVariable String trackingNo) {
        return ReturnView.of(returns.find(trackingNo.strip()));
    }

    /** {@code {"receivedBy"?}}. */
    @PostMapping("/arrival")
    public ReturnView arrival(@PathVariable String trackingNo,
            @RequestBody(required = false) Map<String, Object> body) {
        String receivedBy = new BodyFields(body).text("receivedBy");
        return ReturnView.of(returns.receive(trackingNo.strip(), receivedBy));
    }

    /** {@code {"result","receivedQuantity"?,"photoUrls"?,"notes"?,"inspectedBy"?}}. */
    @PostMapping("/inspection")
    public ReturnView inspection(@PathVariable String trackingNo,
            @RequestBody(required = false) Map<String, Object> body) {
        BodyFields fields = new BodyFields(body);
        InspectionResult result = fields.oneOf("result", InspectionResult.class);
        Long quantity = fields.integer("receivedQuantity");
        if (quantity != null && (quantity > Integer.MAX_VALUE || quantity < Integer.MIN_VALUE)) {
            throw new InvalidRecordException("receivedQuantity", "out of range");
        }
        var report = new InspectionReport(result, quantity == null ? null : quantity.intValue(),
                fields.texts("photoUrls"), fields.text("notes"), fields.text("inspectedBy"));
        return ReturnView.of(returns.inspect(trackingNo.strip(), report));
    }
}
