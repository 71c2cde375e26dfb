package com.refundpilot.logistics;

import com.refundpilot.kit.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * logistics-service: the courier side. Sends intercept requests, registers the parcels it acts on, and turns
 * courier tracking pushes into canonical tracking events keyed by the parcel's order.
 */
@SpringBootApplication
public class LogisticsServiceApplication {

    public static void main(String[] args) {
        ServiceApplications.builder(LogisticsServiceApplication.class, "logistics-service").run(args);
    }
}
