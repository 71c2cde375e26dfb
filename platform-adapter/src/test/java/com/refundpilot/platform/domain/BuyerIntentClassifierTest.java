package com.refundpilot.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.platform.domain.chat.BuyerIntentClassifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuyerIntentClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            收到了                                  | RECEIVED
            东西已经收到了，谢谢                      | RECEIVED
            快递昨天就签收了，收到货了                  | RECEIVED
            已签收                                  | RECEIVED
            没有收到货                               | NOT_RECEIVED
            我没收到啊，快递显示签收了但我没拿到          | NOT_RECEIVED
            一直未收到商品                            | NOT_RECEIVED
            快递说签收了，可我收不到                    | NOT_RECEIVED
            不是我签收的                              | NOT_RECEIVED
            麻烦给我补发一个                           | WANTS_RESHIP
            能不能重新发一个给我                        | WANTS_RESHIP
            请帮我补寄一下                             | WANTS_RESHIP
            没收到，给我补发吧                          | WANTS_RESHIP
            我要退款                                  | WANTS_REFUND
            直接给我退钱吧                             | WANTS_REFUND
            不用补发了，给我退款就行                     | WANTS_REFUND
            收到了，但是坏了，退款吧                     | WANTS_REFUND
            补发或者退款都行                            | OTHER
            不要退款了                                 | OTHER
            你好在吗                                  | OTHER
            ？？？                                    | OTHER
            """)
    void readsWhatTheBuyerMeans(String text, BuyerIntent intent) {
        assertThat(BuyerIntentClassifier.classify(text)).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"}, emptyValue = "")
    void blankOrMissingTextIsOther(String text) {
        assertThat(BuyerIntentClassifier.classify(text)).isEqualTo(BuyerIntent.OTHER);
        assertThat(BuyerIntentClassifier.classify(null)).isEqualTo(BuyerIntent.OTHER);
    }
}
