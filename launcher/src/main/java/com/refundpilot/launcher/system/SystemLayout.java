package com.refundpilot.launcher.system;

import com.refundpilot.contracts.topics.Topics;
import com.refundpilot.logistics.LogisticsServiceApplication;
import com.refundpilot.notification.NotificationServiceApplication;
import com.refundpilot.platform.PlatformAdapterApplication;
import com.refundpilot.refund.RefundServiceApplication;
import com.refundpilot.sandbox.SandboxApplication;
import com.refundpilot.warehouse.WarehouseServiceApplication;
import java.util.List;

/** What the embedded system is made of, in start order: the outside world first, then the services. */
public final class SystemLayout {

    public static final ServiceSpec SANDBOX = new ServiceSpec("sandbox", SandboxApplication.class, 8090, null,
            List.of());
    public static final ServiceSpec PLATFORM_ADAPTER = new ServiceSpec("platform-adapter",
            PlatformAdapterApplication.class, 8081, "platform", List.of(Topics.PLATFORM_COMMANDS));
    public static final ServiceSpec REFUND_SERVICE = new ServiceSpec("refund-service", RefundServiceApplication.class,
            8082, "refund", List.of(Topics.PLATFORM_REFUND_EVENTS, Topics.PLATFORM_ACTION_RESULTS,
                    Topics.WAREHOUSE_EVENTS, Topics.LOGISTICS_EVENTS, Topics.REFUND_COMMANDS));
    public static final ServiceSpec WAREHOUSE_SERVICE = new ServiceSpec("warehouse-service",
            WarehouseServiceApplication.class, 8083, "warehouse", List.of(Topics.WAREHOUSE_COMMANDS));
    public static final ServiceSpec LOGISTICS_SERVICE = new ServiceSpec("logistics-service",
            LogisticsServiceApplication.class, 8084, "logistics", List.of(Topics.LOGISTICS_COMMANDS));
    public static final ServiceSpec NOTIFICATION_SERVICE = new ServiceSpec("notification-service",
            NotificationServiceApplication.class, 8085, "notification",
            List.of(Topics.NOTIFICATION_COMMANDS, Topics.REFUND_CASE_EVENTS, Topics.LOGISTICS_EVENTS));

    public static final List<ServiceSpec> ALL = List.of(SANDBOX, PLATFORM_ADAPTER, REFUND_SERVICE, WAREHOUSE_SERVICE,
            LOGISTICS_SERVICE, NOTIFICATION_SERVICE);

    private SystemLayout() {
    }

    /** The application with this name ({@code refund-service}, ...). */
    public static ServiceSpec byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service '" + name + "'"));
    }
}
