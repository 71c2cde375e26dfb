package com.refundpilot.contracts.topics;

import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.ReportShipmentCancelled;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ExpectReturn;
import com.refundpilot.contracts.commands.WatchReturn;
import com.refundpilot.contracts.events.ReturnReceived;
import com.refundpilot.contracts.events.ReturnInspected;
import com.refundpilot.contracts.events.ParcelWeighed;
import com.refundpilot.contracts.events.ReturnWaybillChecked;
import com.refundpilot.contracts.events.ClaimUpdated;

import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.AskCourier;
import com.refundpilot.contracts.commands.WatchParcel;
import com.refundpilot.contracts.commands.ShipReplacement;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.ParcelStatusReported;
import com.refundpilot.contracts.events.ParcelStalled;
import com.refundpilot.contracts.events.CourierAnswered;
import com.refundpilot.contracts.events.ReplacementShipped;
import com.refundpilot.contracts.events.ReplacementFailed;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.CheckFulfilment;
import com.refundpilot.contracts.commands.CreateAgentTask;
import com.refundpilot.contracts.commands.InterceptParcel;
import com.refundpilot.contracts.commands.NotifyBuyer;
import com.refundpilot.contracts.commands.ResolveCase;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.StopFulfilment;
import com.refundpilot.contracts.envelope.Message;
import com.refundpilot.contracts.events.CaseClosed;
import com.refundpilot.contracts.events.CaseDeadlineReached;
import com.refundpilot.contracts.events.CaseDecided;
import com.refundpilot.contracts.events.CaseOpened;
import com.refundpilot.contracts.events.FulfilmentCheckFailed;
import com.refundpilot.contracts.events.FulfilmentReported;
import com.refundpilot.contracts.events.FulfilmentStopFailed;
import com.refundpilot.contracts.events.FulfilmentStopped;
import com.refundpilot.contracts.events.InterceptFailed;
import com.refundpilot.contracts.events.InterceptRequested;
import com.refundpilot.contracts.events.PlatformActionRejected;
import com.refundpilot.contracts.events.PlatformActionSucceeded;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.TrackingUpdated;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every message type, its logical name and the topic it travels on. Names are stable wire identifiers:
 * rename a Java record freely, never a name here. Schema changes are additive only.
 */
public final class MessageTypes {

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageType> BY_CLASS = new LinkedHashMap<>();

    static {
        register("refund.requested", RefundRequested.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.platform-settled", PlatformRefundSettled.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.modified", RefundModified.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.negotiation-answered", NegotiationAnswered.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.buyer-replied", BuyerReplied.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.deadline-changed", DeadlineChanged.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.return-shipped", ReturnShipped.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.platform-intervened", PlatformIntervened.class, Topics.PLATFORM_REFUND_EVENTS);
        register("refund.platform-verdict", PlatformVerdict.class, Topics.PLATFORM_REFUND_EVENTS);
        register("complaint.filed", ComplaintFiled.class, Topics.PLATFORM_REFUND_EVENTS);

        register("platform.agree-refund", AgreeRefund.class, Topics.PLATFORM_COMMANDS);
        register("platform.send-buyer-message", SendBuyerMessage.class, Topics.PLATFORM_COMMANDS);
        register("platform.refuse-refund", RefuseRefund.class, Topics.PLATFORM_COMMANDS);
        register("platform.negotiate", NegotiateRefund.class, Topics.PLATFORM_COMMANDS);
        register("platform.agree-return", AgreeReturn.class, Topics.PLATFORM_COMMANDS);
        register("platform.extend-receipt", ExtendReceipt.class, Topics.PLATFORM_COMMANDS);
        register("platform.upload-evidence", UploadEvidence.class, Topics.PLATFORM_COMMANDS);
        register("platform.answer-complaint", AnswerComplaint.class, Topics.PLATFORM_COMMANDS);
        register("platform.consign-exchange", ConsignExchange.class, Topics.PLATFORM_COMMANDS);
        register("platform.report-shipment-cancelled", ReportShipmentCancelled.class, Topics.PLATFORM_COMMANDS);
        register("platform.action-succeeded", PlatformActionSucceeded.class, Topics.PLATFORM_ACTION_RESULTS);
        register("platform.action-rejected", PlatformActionRejected.class, Topics.PLATFORM_ACTION_RESULTS);

        register("warehouse.check-fulfilment", CheckFulfilment.class, Topics.WAREHOUSE_COMMANDS);
        register("warehouse.stop-fulfilment", StopFulfilment.class, Topics.WAREHOUSE_COMMANDS);
        register("warehouse.fulfilment-reported", FulfilmentReported.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.fulfilment-stopped", FulfilmentStopped.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.fulfilment-stop-failed", FulfilmentStopFailed.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.fulfilment-check-failed", FulfilmentCheckFailed.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.ship-replacement", ShipReplacement.class, Topics.WAREHOUSE_COMMANDS);
        register("warehouse.replacement-shipped", ReplacementShipped.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.replacement-failed", ReplacementFailed.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.expect-return", ExpectReturn.class, Topics.WAREHOUSE_COMMANDS);
        register("warehouse.return-received", ReturnReceived.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.return-inspected", ReturnInspected.class, Topics.WAREHOUSE_EVENTS);
        register("warehouse.parcel-weighed", ParcelWeighed.class, Topics.WAREHOUSE_EVENTS);

        register("logistics.intercept-parcel", InterceptParcel.class, Topics.LOGISTICS_COMMANDS);
        register("logistics.intercept-requested", InterceptRequested.class, Topics.LOGISTICS_EVENTS);
        register("logistics.intercept-failed", InterceptFailed.class, Topics.LOGISTICS_EVENTS);
        register("logistics.tracking-updated", TrackingUpdated.class, Topics.LOGISTICS_EVENTS);
        register("logistics.watch-parcel", WatchParcel.class, Topics.LOGISTICS_COMMANDS);
        register("logistics.parcel-status-reported", ParcelStatusReported.class, Topics.LOGISTICS_EVENTS);
        register("logistics.parcel-stalled", ParcelStalled.class, Topics.LOGISTICS_EVENTS);
        register("logistics.ask-courier", AskCourier.class, Topics.LOGISTICS_COMMANDS);
        register("logistics.courier-answered", CourierAnswered.class, Topics.LOGISTICS_EVENTS);
        register("logistics.watch-return", WatchReturn.class, Topics.LOGISTICS_COMMANDS);
        register("logistics.return-waybill-checked", ReturnWaybillChecked.class, Topics.LOGISTICS_EVENTS);
        register("logistics.claim-updated", ClaimUpdated.class, Topics.LOGISTICS_EVENTS);

        register("notification.notify-buyer", NotifyBuyer.class, Topics.NOTIFICATION_COMMANDS);
        register("notification.create-agent-task", CreateAgentTask.class, Topics.NOTIFICATION_COMMANDS);

        register("refund.resolve-case", ResolveCase.class, Topics.REFUND_COMMANDS);

        register("case.opened", CaseOpened.class, Topics.REFUND_CASE_EVENTS);
        register("case.decided", CaseDecided.class, Topics.REFUND_CASE_EVENTS);
        register("case.deadline-reached", CaseDeadlineReached.class, Topics.REFUND_CASE_EVENTS);
        register("case.closed", CaseClosed.class, Topics.REFUND_CASE_EVENTS);
    }

    private MessageTypes() {
    }

    private static void register(String name, Class<? extends Message> javaType, String topic) {
        var type = new MessageType(name, 1, javaType, topic);
        if (BY_NAME.putIfAbsent(name, type) != null || BY_CLASS.putIfAbsent(javaType, type) != null) {
            throw new IllegalStateException("duplicate message type " + name + " / " + javaType);
        }
    }

    public static MessageType of(Class<?> javaType) {
        var type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not in the message catalogue");
        }
        return type;
    }

    public static Optional<MessageType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Collection<MessageType> all() {
        return BY_NAME.values();
    }
}
