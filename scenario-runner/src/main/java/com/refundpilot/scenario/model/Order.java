package com.refundpilot.scenario.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One order of a scenario ({@code order:} or an element of {@code orders:}).
 *
 * @param platform sales platform
 * @param shopId shop ID
 * @param orderId platform order ID, unique within the scenario
 * @param paidFen amount paid, in fen
 * @param quantity units bought (default 1)
 * @param item item attributes ({@link Item#NONE} when not given)
 * @param fulfilment warehouse fulfilment state at the start
 * @param forceShip ERP force-ship flag (强制发货)
 * @param shipment outbound parcel, or null
 * @param buyer buyer's address, or null
 * @param promisedShipBy promised ship time (complaints), or null
 * @param shippedAt actual ship time (complaints), or null
 */
public record Order(
        Platform platform,
        String shopId,
        String orderId,
        long paidFen,
        int quantity,
        Item item,
        Fulfilment fulfilment,
        boolean forceShip,
        Shipment shipment,
        Address buyer,
        Instant promisedShipBy,
        Instant shippedAt) {

    public Order {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(fulfilment, "fulfilment");
        if (paidFen < 0) {
            throw new IllegalArgumentException("paidFen < 0");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity < 1");
        }
        item = item == null ? Item.NONE : item;
    }

    /** The same order on another platform. */
    public Order onPlatform(Platform other) {
        return new Order(other, shopId, orderId, paidFen, quantity, item, fulfilment, forceShip, shipment, buyer,
                promisedShipBy, shippedAt);
    }

    public Optional<Shipment> shipmentOpt() {
        return Optional.ofNullable(shipment);
    }

    public Optional<Address> buyerOpt() {
        return Optional.ofNullable(buyer);
    }
}
