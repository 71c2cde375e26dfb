package com.refundpilot.notification;

import com.refundpilot.kit.ServiceApplications;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** notification-service: buyer messages from the shop's templates (话术) and agent tasks with their deadlines. */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        ServiceApplications.builder(NotificationServiceApplication.class, "notification-service").run(args);
    }
}
