package com.refundpilot.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rendering rules, independent of the shipped texts. */
class BuyerMessageCatalogTest {

    private static Map<BuyerMessageTemplate, String> texts(String approved) {
        Map<BuyerMessageTemplate, String> texts = new EnumMap<>(BuyerMessageTemplate.class);
        for (BuyerMessageTemplate template : BuyerMessageTemplate.values()) {
            texts.put(template, "亲亲~");
        }
        texts.put(BuyerMessageTemplate.REFUND_APPROVED, approved);
        return texts;
    }

    @Test
    void parametersAreThePlaceholdersInOrderAndValuesAreInsertedLiterally() {
        var catalog = BuyerMessageCatalog.of(texts("退款{amount}元,单号{trackingNo},再次{amount}"));

        assertThat(catalog.parametersOf(BuyerMessageTemplate.REFUND_APPROVED)).containsExactly("amount", "trackingNo");
        assertThat(catalog.render(BuyerMessageTemplate.REFUND_APPROVED,
                Map.of("amount", "$1{x}", "trackingNo", "SF123", "unused", "ignored")))
                .isEqualTo("退款$1{x}元,单号SF123,再次$1{x}");
    }

    @Test
    void aMissingParamNamesItAndTheGivenKeysButNoValues() {
        var catalog = BuyerMessageCatalog.of(texts("退款{amount}元"));

        assertThatThrownBy(() -> catalog.render(BuyerMessageTemplate.REFUND_APPROVED, Map.of("amout", "13800138000")))
                .isInstanceOf(MissingTemplateParameterException.class)
                .hasMessage("template REFUND_APPROVED needs parameter 'amount' (given: [amout])");
    }

    @Test
    void anIncompleteOrMalformedCatalogIsRefused() {
        Map<BuyerMessageTemplate, String> incomplete = texts("ok");
        incomplete.remove(BuyerMessageTemplate.INTERCEPT_NOTICE);
        assertThatThrownBy(() -> BuyerMessageCatalog.of(incomplete)).hasMessageContaining("INTERCEPT_NOTICE");

        assertThatThrownBy(() -> BuyerMessageCatalog.of(texts("退款{amount元")))
                .hasMessageContaining("REFUND_APPROVED").hasMessageContaining("malformed placeholder");
        assertThatThrownBy(() -> BuyerMessageCatalog.of(texts("退款{金额}元")))
                .hasMessageContaining("malformed placeholder");
    }
}
