package com.refundpilot.scenario.parse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A scenario file that does not follow docs/scenarios.md. The message is {@code file: key: problem},
 * e.g. {@code scenarios/bad.yaml: steps[1].platform.event: unknown value 'REFUND_REQUESTD' (expected one of ...)}.
 *
 * <p>The key is a path into the document: property names joined by dots, list elements by a
 * zero-based index ({@code steps[2].platform.deadlineIn}), or {@value #DOCUMENT} for the file as
 * a whole (cannot be read, not YAML/JSON, empty, ...).
 */
public class ScenarioFormatException extends RuntimeException {

    /** The key of a problem with the whole file rather than one of its keys. */
    public static final String DOCUMENT = "$";

    private final transient Path file;
    private final String key;
    private final String problem;

    public ScenarioFormatException(Path file, String key, String problem) {
        this(file, key, problem, null);
    }

    public ScenarioFormatException(Path file, String key, String problem, Throwable cause) {
        super(file + ": " + key + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.key = Objects.requireNonNull(key, "key");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file, as it was given to the parser. */
    public Path file() {
        return file;
    }

    /** Path of the offending key, e.g. {@code steps[2].platform.deadlineIn}, or {@value #DOCUMENT}. */
    public String key() {
        return key;
    }

    /** What is wrong, e.g. {@code unknown key (expected one of ...)}. */
    public String problem() {
        return problem;
    }
}
