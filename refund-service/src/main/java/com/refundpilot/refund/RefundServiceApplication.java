package com.refundpilot.refund;

import com.refundpilot.kit.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** refund-service: one case per after-sales request; the SOP rules decide, with deadlines, and record why. */
@SpringBootApplication
public class RefundServiceApplication {

    public static void main(String[] args) {
        ServiceApplications.builder(RefundServiceApplication.class, "refund-service").run(args);
    }
}
