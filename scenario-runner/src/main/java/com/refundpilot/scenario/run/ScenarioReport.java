package com.refundpilot.scenario.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The table of a scenario run: one row per scenario (name, PASS/FAIL/N/A, its wall time, the first failure with
 * what happened instead or why the story does not apply to its platform), then, when known, the run's total wall
 * time, and last the closing line {@code N passed, M failed} (with {@code , K not applicable} when there are such)
 * alone on its line. Only failures make a run fail. Columns are padded by display width (a Chinese character takes
 * two columns in a terminal).
 */
public final class ScenarioReport {

    /** Names longer than this are cut (with an ellipsis) so the table stays readable. */
    static final int MAX_NAME_WIDTH = 64;
    private static final int RESULT_WIDTH = "RESULT".length();
    private static final int TIME_WIDTH = "9999.9 s".length();

    private final List<ScenarioResult> results;
    private final Duration wallTime;
    private final int systems;

    public ScenarioReport(List<ScenarioResult> results) {
        this(results, null, 1);
    }

    /**
     * @param wallTime how long the whole run took, starting the systems included (null: not shown)
     * @param systems on how many systems the scenarios ran side by side
     */
    public ScenarioReport(List<ScenarioResult> results, Duration wallTime, int systems) {
        this.results = List.copyOf(results);
        this.wallTime = wallTime;
        this.systems = systems;
    }

    public List<ScenarioResult> results() {
        return results;
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    public long failed() {
        return results.stream().filter(ScenarioResult::failed).count();
    }

    /** Not played: their platform does not offer what they need. */
    public long notApplicable() {
        return results.stream().filter(r -> !r.applicable()).count();
    }

    /** No scenario failed: every one that applies to its platform passed. */
    public boolean allPassed() {
        return failed() == 0;
    }

    /** {@code N passed, M failed}, and {@code , K not applicable} when some were not. */
    public String closingLine() {
        long notApplicable = notApplicable();
        return passed() + " passed, " + failed() + " failed" + (notApplicable > 0 ? ", " + notApplicable
                + " not applicable" : "");
    }

    /** The whole report, lines separated by {@code \n}, ending with the closing line and a newline. */
    public String render() {
        int nameWidth = "SCENARIO".length();
        for (ScenarioResult r : results) {
            nameWidth = Math.max(nameWidth, width(cut(r.name())));
        }
        StringBuilder out = new StringBuilder();
        row(out, "SCENARIO", nameWidth, "RESULT", "TIME", "DETAIL");
        row(out, "-".repeat(nameWidth), nameWidth, "------", "-".repeat(TIME_WIDTH), "------");
        for (ScenarioResult r : results) {
            row(out, cut(r.name()), nameWidth, result(r), r.applicable() ? seconds(r.duration()) : "", oneLine(r.detail()));
        }
        if (wallTime != null) {
            Duration sum = results.stream().map(ScenarioResult::duration).reduce(Duration.ZERO, Duration::plus);
            out.append("wall time ").append(seconds(wallTime)).append(" on ").append(systems)
                    .append(systems == 1 ? " system" : " systems side by side")
                    .append("; the scenarios' own times add up to ").append(seconds(sum)).append('\n');
        }
        out.append(closingLine()).append('\n');
        return out.toString();
    }

    private static String result(ScenarioResult r) {
        return !r.applicable() ? "N/A" : r.passed() ? "PASS" : "FAIL";
    }

    public void print(PrintStream out) {
        out.print(render());
        out.flush();
    }

    private static void row(StringBuilder out, String name, int nameWidth, String result, String time, String detail) {
        out.append(name).append(" ".repeat(nameWidth - width(name))).append("  ");
        out.append(result).append(" ".repeat(RESULT_WIDTH - result.length())).append("  ");
        out.append(" ".repeat(Math.max(0, TIME_WIDTH - time.length()))).append(time);
        if (!detail.isEmpty()) {
            out.append("  ").append(detail);
        }
        out.append('\n');
    }

    /** "12.3 s". */
    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cut(String name) {
        String n = oneLine(name);
        if (width(n) <= MAX_NAME_WIDTH) {
            return n;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            int cw = width(cp);
            if (w + cw > MAX_NAME_WIDTH - 1) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Terminal columns of a text: East Asian wide and full-width characters count two. */
    static int width(String s) {
        return s.codePoints().map(ScenarioReport::width).sum();
    }

    private static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
