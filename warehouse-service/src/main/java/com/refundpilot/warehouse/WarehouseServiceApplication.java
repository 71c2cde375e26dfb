package com.refundpilot.warehouse;

import com.refundpilot.kit.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * warehouse-service: the ERP side. Reads an order's fulfilment state and runs the ERP steps refund-service
 * decided (cancel, un-audit, intercept in the warehouse, void, flag) and ships replacements (reship, exchange,
 * wrong goods sent back), each at most once per command; keeps the returns cases expect by waybill and takes
 * the staff's records of their arrival and inspection and of parcel weights.
 */
@SpringBootApplication
public class WarehouseServiceApplication {

    public static void main(String[] args) {
        ServiceApplications.builder(WarehouseServiceApplication.class, "warehouse-service").run(args);
    }
}
