package com.refundpilot.contracts.envelope;

/** A message about one refund case: its subject is the case ID rather than the order key. */
public interface CaseMessage extends Message {

    String caseId();

    @Override
    default String subject() {
        return caseId();
    }
}
