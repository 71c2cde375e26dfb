package com.refundpilot.contracts.envelope;

/** A record that can never be processed: malformed JSON, unknown type, missing or invalid fields. */
public class MessageDecodingException extends RuntimeException {

    public MessageDecodingException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MessageDecodingException(String reason) {
        super(reason);
    }
}
