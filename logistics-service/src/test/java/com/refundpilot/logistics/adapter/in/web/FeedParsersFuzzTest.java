package com.refundpilot.logistics.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.refundpilot.logistics.domain.feed.FeedUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random fuzzing of both push parsers (jqwik is not available offline here): valid pushes mutated as text
 * and as trees, and random JSON. Whatever comes in, a parser answers an update for a named parcel or refuses with a
 * 400 naming a field under its form field; never another exception. A failure prints the seed and the input.
 */
class FeedParsersFuzzTest {

    private static final int RUNS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ALPHABET = "{}[]\":,.-+eE0123456789 \t\n\\/u nulltruefalse快递广东,深圳市abcZ\u0000\u2028";
    private static final List<String> KEYS = List.of("status", "message", "lastResult", "nu", "com", "state", "data",
            "time", "ftime", "context", "areaName", "EBusinessID", "Data", "LogisticCode", "ShipperCode", "State",
            "StateEx", "Location", "Success", "Reason", "Traces", "AcceptTime", "AcceptStation", "Action");

    @Test
    void theKuaidi100ParserOnlyEverAnswersAnUpdateOrAFieldNamedRefusal() {
        String valid = Kuaidi100PushTest.param("5", Kuaidi100PushTest.TRACE);
        fuzz("param", valid, text -> {
            FeedItem item = Kuaidi100Push.parse(text);
            return List.of(item.update());
        });
    }

    @Test
    void theKdniaoParserOnlyEverAnswersUpdatesOrAFieldNamedRefusal() {
        fuzz("RequestData", KdniaoPushTest.PUSH, text -> KdniaoPush.parse(text).items().stream()
                .map(FeedItem::update).toList());
    }

    @Test
    void theFormReaderOnlyEverAnswersFieldsOrAFieldNamedRefusal() {
        Random random = new Random(7);
        for (int run = 0; run < RUNS; run++) {
            byte[] bytes = new byte[random.nextInt(80)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) "param=%zZ&sign+=&&%E5%BF%AB%2=x"
                        .charAt(random.nextInt(31));
            }
            String body = new String(bytes, StandardCharsets.ISO_8859_1);
            try {
                FormBody.parse(body, StandardCharsets.UTF_8, Set.of("param", "sign"));
            } catch (ErrorResponseException refused) {
                assertThat(refused.getStatusCode().value()).as(body).isEqualTo(400);
                assertThat(refused.getBody().getProperties()).as(body).containsKey("field");
            } catch (RuntimeException other) {
                fail("form reader threw " + other + " for body " + body, other);
            }
        }
    }

    private void fuzz(String field, String valid, Function<String, List<FeedUpdate>> parser) {
        JsonNode tree = JSON.readTree(valid);
        int refused = 0;
        int answered = 0;
        for (int run = 0; run < RUNS; run++) {
            long seed = 1_000L * field.length() + run;
            Random random = new Random(seed);
            String input = switch (run % 3) {
                case 0 -> mutateText(valid, random);
                case 1 -> JSON.writeValueAsString(mutateTree(tree.deepCopy(), random));
                default -> JSON.writeValueAsString(randomValue(random, 0));
            };
            try {
                List<FeedUpdate> updates = parser.apply(input);
                assertThat(updates).as("seed %d: %s", seed, input)
                        .allSatisfy(update -> assertThat(update.trackingNo()).isNotBlank());
                answered++;
            } catch (ErrorResponseException rejection) {
                ProblemDetail problem = rejection.getBody();
                assertThat(problem.getStatus()).as("seed %d: %s", seed, input).isEqualTo(400);
                Object named = problem.getProperties() == null ? null : problem.getProperties().get("field");
                assertThat(named).as("seed %d: %s", seed, input).isInstanceOf(String.class);
                assertThat((String) named).as("seed %d: %s", seed, input).matches(field + "([.\\[].*)?");
                assertThat((List<?>) problem.getProperties().get("errors")).as("seed %d", seed).isNotEmpty();
                refused++;
            } catch (RuntimeException | AssertionError other) {
                if (other instanceof AssertionError assertion) {
                    throw assertion;
                }
                fail("seed " + seed + ": the parser threw " + other + " for " + input, other);
            }
        }
        // the generators reach both outcomes, or the test proves little
        assertThat(answered).as("inputs answered").isGreaterThan(RUNS / 20);
        assertThat(refused).as("inputs refused").isGreaterThan(RUNS / 20);
    }

    private static String mutateText(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> text.setLength(at);
                default -> text.replace(at, Math.min(text.length(), at + 1 + random.nextInt(8)),
                        String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
            }
        }
        return text.toString();
    }

    /** Replaces or removes a random value somewhere in the tree, a few times. */
    private static JsonNode mutateTree(JsonNode root, Random random) {
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.propertyNames());
                String name = names.get(random.nextInt(names.size()));
                if (random.nextInt(4) == 0) {
                    object.remove(name);
                } else {
                    object.set(name, randomValue(random, 2));
                }
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                array.set(random.nextInt(array.size()), randomValue(random, 2));
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(2000) - 500);
            case 3 -> NODES.numberNode(random.nextDouble() * 1e20);
            case 4 -> NODES.stringNode(randomText(random));
            case 5 -> NODES.stringNode(random.nextBoolean() ? "2026-11-11 10:00:00" : "ZT" + random.nextInt(1000));
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(KEYS.get(random.nextInt(KEYS.size())), randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(10) == 0) {
            text.append("9".repeat(100));
        }
        return text.toString();
    }

    @Test
    void theGeneratorsAreDeterministic() {
        assertThat(mutateText("{\"a\":1}", new Random(3))).isEqualTo(mutateText("{\"a\":1}", new Random(3)));
        assertThat(Map.of("k", randomValue(new Random(5), 0).toString()))
                .isEqualTo(Map.of("k", randomValue(new Random(5), 0).toString()));
    }
}
