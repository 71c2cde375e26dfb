package com.refundpilot.contracts.envelope;

/** An imperative addressed to one service (AgreeRefund, StopFulfilment). */
public interface Command extends Message {
}
