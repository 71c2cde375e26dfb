package com.refundpilot.contracts.topics;

import java.util.List;

/** The topic catalogue. Every consumed topic has a dead-letter twin, {@link #deadLetterOf(String)}. */
public final class Topics {

    public static final String PLATFORM_REFUND_EVENTS = "platform.refund-events";
    public static final String PLATFORM_COMMANDS = "platform.commands";
    public static final String PLATFORM_ACTION_RESULTS = "platform.action-results";
    public static final String WAREHOUSE_COMMANDS = "warehouse.commands";
    public static final String WAREHOUSE_EVENTS = "warehouse.events";
    public static final String LOGISTICS_COMMANDS = "logistics.commands";
    public static final String LOGISTICS_EVENTS = "logistics.events";
    public static final String NOTIFICATION_COMMANDS = "notification.commands";
    public static final String REFUND_CASE_EVENTS = "refund.case-events";
    public static final String REFUND_COMMANDS = "refund.commands";

    public static final List<String> ALL = List.of(PLATFORM_REFUND_EVENTS, PLATFORM_COMMANDS,
            PLATFORM_ACTION_RESULTS, WAREHOUSE_COMMANDS, WAREHOUSE_EVENTS, LOGISTICS_COMMANDS, LOGISTICS_EVENTS,
            NOTIFICATION_COMMANDS, REFUND_CASE_EVENTS, REFUND_COMMANDS);

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
