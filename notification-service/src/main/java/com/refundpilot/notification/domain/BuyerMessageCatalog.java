package com.refundpilot.notification.domain;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shop's 话术: one text per {@link BuyerMessageTemplate}, with {@code {name}} placeholders filled from a
 * command's params. A template's parameters are exactly the placeholders of its text. The catalogue is
 * complete (every template has a text) and well-formed (no stray brace) or it cannot be built, so a bad
 * texts file stops the service at start rather than at the first refund.
 */
public final class BuyerMessageCatalog {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final Map<BuyerMessageTemplate, String> texts;
    private final Map<BuyerMessageTemplate, Set<String>> parameters;

    private BuyerMessageCatalog(Map<BuyerMessageTemplate, String> texts,
            Map<BuyerMessageTemplate, Set<String>> parameters) {
        this.texts = texts;
        this.parameters = parameters;
    }

    public static BuyerMessageCatalog of(Map<BuyerMessageTemplate, String> texts) {
        Map<BuyerMessageTemplate, String> copy = new EnumMap<>(BuyerMessageTemplate.class);
        Map<BuyerMessageTemplate, Set<String>> parameters = new EnumMap<>(BuyerMessageTemplate.class);
        for (BuyerMessageTemplate template : BuyerMessageTemplate.values()) {
            String text = texts.get(template);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("no text for buyer message template " + template);
            }
            String normalized = text.strip();
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = PLACEHOLDER.matcher(normalized);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            String rest = PLACEHOLDER.matcher(normalized).replaceAll("");
            if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
                throw new IllegalArgumentException("template " + template
                        + " has a malformed placeholder; use {name} with letters, digits and _ only");
            }
            copy.put(template, normalized);
            parameters.put(template, Collections.unmodifiableSet(names));
        }
        return new BuyerMessageCatalog(Collections.unmodifiableMap(copy), Collections.unmodifiableMap(parameters));
    }

    /** The parameter names a template needs, in the order they appear in its text. */
    public Set<String> parametersOf(BuyerMessageTemplate template) {
        return parameters.get(template);
    }

    /** The raw text, placeholders included. */
    public String textOf(BuyerMessageTemplate template) {
        return texts.get(template);
    }

    /**
     * The text with every placeholder replaced by its parameter, taken literally (a value is never itself
     * scanned for placeholders). Extra parameters are ignored; a missing or blank one is an error.
     */
    public String render(BuyerMessageTemplate template, Map<String, String> params) {
        for (String name : parameters.get(template)) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw new MissingTemplateParameterException(template, name, params.keySet());
            }
        }
        Matcher matcher = PLACEHOLDER.matcher(texts.get(template));
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(params.get(matcher.group(1)).strip()));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
