package com.refundpilot.notification.config;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.notification.domain.BuyerMessageCatalog;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.config.YamlMapFactoryBean;
import org.springframework.core.io.Resource;

/**
 * Reads the 话术 file: a YAML map from {@link BuyerMessageTemplate} name to text. An unknown name, a
 * non-text value or a missing template fails here, at start.
 */
public final class BuyerMessageTemplatesFile {

    private BuyerMessageTemplatesFile() {
    }

    public static BuyerMessageCatalog load(Resource resource) {
        if (!resource.exists()) {
            throw new IllegalStateException("buyer message templates not found: " + resource.getDescription());
        }
        var yaml = new YamlMapFactoryBean();
        yaml.setResources(resource);
        Map<String, Object> entries = yaml.getObject();
        Map<BuyerMessageTemplate, String> texts = new EnumMap<>(BuyerMessageTemplate.class);
        entries.forEach((name, value) -> {
            BuyerMessageTemplate template = Arrays.stream(BuyerMessageTemplate.values())
                    .filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("unknown buyer message template '" + name + "' in "
                            + resource.getDescription() + "; known: " + Arrays.toString(BuyerMessageTemplate.values())));
            if (!(value instanceof String text)) {
                throw new IllegalStateException("template " + name + " in " + resource.getDescription()
                        + " must be a text");
            }
            texts.put(template, text);
        });
        try {
            return BuyerMessageCatalog.of(texts);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource.getDescription() + ": " + e.getMessage(), e);
        }
    }
}
