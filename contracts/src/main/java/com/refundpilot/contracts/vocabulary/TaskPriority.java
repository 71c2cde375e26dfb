package com.refundpilot.contracts.vocabulary;

/** Agent task priority; complaints and interventions are TOP (CP-3). */
public enum TaskPriority {
    TOP, HIGH, NORMAL
}
