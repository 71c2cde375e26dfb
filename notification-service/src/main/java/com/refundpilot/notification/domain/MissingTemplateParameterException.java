package com.refundpilot.notification.domain;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A template cannot be filled: the command lacks one of its parameters (or gave it blank). The command can
 * never succeed as sent, so it is a poison message, not a retryable failure. The message names the
 * template, the parameter and the keys that were given; it never carries parameter values.
 */
public class MissingTemplateParameterException extends IllegalArgumentException {

    private final BuyerMessageTemplate template;
    private final String parameter;

    public MissingTemplateParameterException(BuyerMessageTemplate template, String parameter,
            Collection<String> given) {
        super("template " + template + " needs parameter '" + parameter + "' (given: " + new TreeSet<>(given) + ")");
        this.template = template;
        this.parameter = parameter;
    }

    public BuyerMessageTemplate template() {
        return template;
    }

    public String parameter() {
        return parameter;
    }
}
