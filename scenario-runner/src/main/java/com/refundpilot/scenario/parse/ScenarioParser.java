package com.refundpilot.scenario.parse;

import com.refundpilot.scenario.model.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Strict reader of scenario files (docs/scenarios.md): YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}), one scenario per file. Every problem is a {@link ScenarioFormatException} naming
 * the file, the key path and what is wrong. Thread-safe; keep one instance.
 */
public final class ScenarioParser {

    /** File name endings of scenario files. */
    public static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads and checks one scenario file. */
    public Scenario parse(Path file) {
        requireScenarioExtension(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioFormatException(file, ScenarioFormatException.DOCUMENT,
                    Files.exists(file) ? "cannot read the file: " + e.getMessage() : "no such file", e);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioFormatException(file, ScenarioFormatException.DOCUMENT, "not UTF-8 text", e);
        }
        return parse(file, content);
    }

    /**
     * Reads and checks one scenario from text; {@code file} names it in messages and its extension
     * chooses YAML or JSON.
     */
    public Scenario parse(Path file, String content) {
        requireScenarioExtension(file);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        JsonNode root = readTree(file, content);
        return new ScenarioReader(new Tree(file)).read(root);
    }

    /**
     * Reads the scenarios of several files and folders: {@link #expand} then {@link #parse(Path)} each.
     * When files are malformed, the first one's exception is thrown, carrying the others as suppressed.
     */
    public List<Scenario> parseAll(List<Path> paths) {
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioFormatException first = null;
        for (Path file : expand(paths)) {
            try {
                scenarios.add(parse(file));
            } catch (ScenarioFormatException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return scenarios;
    }

    /**
     * The scenario files named by {@code paths}, in argument order: a file stands for itself (it must
     * have a scenario extension), a folder for every {@code .yaml}/{@code .yml}/{@code .json} file below
     * it, recursively, sorted by path (names starting with a dot are skipped). A file reached twice
     * is listed once.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk
                            .filter(p -> Files.isRegularFile(p) && isScenarioFile(p) && !hidden(path, p))
                            .sorted()
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    throw new ScenarioFormatException(path, ScenarioFormatException.DOCUMENT,
                            "cannot list the folder: " + e.getMessage(), e);
                }
                for (Path p : found) {
                    if (seen.add(p.toAbsolutePath().normalize())) {
                        files.add(p);
                    }
                }
            } else if (Files.exists(path)) {
                requireScenarioExtension(path);
                if (seen.add(path.toAbsolutePath().normalize())) {
                    files.add(path);
                }
            } else {
                throw new ScenarioFormatException(path, ScenarioFormatException.DOCUMENT, "no such file or folder");
            }
        }
        return files;
    }

    /** Whether the file name ends in .yaml, .yml or .json (any case). */
    public static boolean isScenarioFile(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void requireScenarioExtension(Path file) {
        if (!isScenarioFile(file)) {
            throw new ScenarioFormatException(file, ScenarioFormatException.DOCUMENT,
                    "not a scenario file: expected a name ending in .yaml, .yml or .json");
        }
    }

    private JsonNode readTree(Path file, String content) {
        boolean isJson = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            return (isJson ? json : yaml).readTree(content);
        } catch (JacksonException e) {
            throw syntaxError(file, isJson ? "JSON" : "YAML", e);
        }
    }

    private static ScenarioFormatException syntaxError(Path file, String format, JacksonException e) {
        String key = ScenarioFormatException.DOCUMENT;
        if (e.processor() instanceof JsonParser parser) {
            String path = path(parser.streamReadContext());
            if (!path.isEmpty()) {
                key = path;
            }
        }
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String problem;
        if (original.startsWith("Duplicate Object property")) {
            problem = "duplicate key";
        } else if (original.startsWith("Trailing token")) {
            problem = "more than one document: a file holds exactly one scenario";
            key = ScenarioFormatException.DOCUMENT;
        } else {
            // SnakeYAML writes "context / in reader, line.. / snippet / ^ / problem / ..."; keep the unindented lines
            String gist = original.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                    .collect(Collectors.joining(": "));
            problem = "invalid " + format + ": " + (gist.isEmpty() ? original.strip() : gist);
        }
        TokenStreamLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            problem += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return new ScenarioFormatException(file, key, problem, e);
    }

    /** The key path of a parser position, in the format of {@link ScenarioFormatException#key()}. */
    private static String path(TokenStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.add(0, "." + c.currentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
