package com.refundpilot.scenario.model;

/**
 * An action the system sends to the outside: a platform call, a courier call or an ERP call.
 * The three vocabularies share no name, so {@code expect.forbid} lists them unqualified.
 */
public sealed interface Action permits PlatformAction, CourierAction, WarehouseAction {

    /** The name as written in a scenario file. */
    String name();

    /** Which party receives the action. */
    Target target();

    enum Target { PLATFORM, COURIER, WAREHOUSE }
}
