package com.refundpilot.scenario.run;

/** Ends one scenario run as a failure (not a crash of the runner); the message is the report's detail. */
final class ScenarioFailure extends RuntimeException {

    ScenarioFailure(String detail) {
        super(detail);
    }

    ScenarioFailure(String detail, Throwable cause) {
        super(detail, cause);
    }
}
