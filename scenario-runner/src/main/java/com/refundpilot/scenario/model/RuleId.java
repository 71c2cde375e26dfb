package com.refundpilot.scenario.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule ID of refund-sop-spec.md, e.g. {@code NS-1}, {@code NS-CUTOFF}, {@code RS-10}, {@code CL}.
 *
 * @param family the rule family
 * @param suffix what follows the dash ({@code "1"}, {@code "CUTOFF"}), or {@code null} for a bare family
 */
public record RuleId(RuleFamily family, String suffix) {

    private static final Pattern SHAPE = Pattern.compile("([A-Z]+)(?:-([1-9][0-9]*|[A-Z][A-Z0-9]*))?");

    public RuleId {
        Objects.requireNonNull(family, "family");
        if (suffix != null && !suffix.matches("[1-9][0-9]*|[A-Z][A-Z0-9]*")) {
            throw new IllegalArgumentException("bad rule suffix '" + suffix + "'");
        }
    }

    /**
     * Parses a rule ID.
     *
     * @throws IllegalArgumentException with a readable message when the text is not a rule ID
     */
    public static RuleId parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a rule ID (expected FAMILY-N or FAMILY-NAME, e.g. NS-1, NS-CUTOFF, RS-10, CL)");
        }
        RuleFamily family;
        try {
            family = RuleFamily.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown rule family '" + m.group(1) + "' in '" + text + "' (expected one of "
                    + Arrays.stream(RuleFamily.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
        return new RuleId(family, m.group(2));
    }

    /** The ID as written in scenarios and decision logs. */
    @Override
    public String toString() {
        return suffix == null ? family.name() : family.name() + "-" + suffix;
    }
}
