package com.refundpilot.scenario.run;

import static com.refundpilot.scenario.run.PlatformSharingTest.load;
import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.scenario.model.Platform;
import com.refundpilot.scenario.model.Scenario;
import com.refundpilot.scenario.parse.ScenarioParser;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a story needs from its platform, against what the system offers there. */
class ApplicabilityTest {

    private static final Set<String> EVERYTHING = Set.of("AGREE_REFUND", "AGREE_PARTIAL_REFUND", "REFUSE",
            "NEGOTIATE", "SEND_BUYER_MESSAGE", "AGREE_RETURN", "EXTEND_RECEIPT", "UPLOAD_EVIDENCE", "COMPENSATE",
            "ACCEPT_COMPLAINT", "REJECT_COMPLAINT", "EXCHANGE_SHIPPED");

    private static PlatformOffers offering(Platform platform, Set<String> actions) {
        return new PlatformOffers(Map.of(platform, actions));
    }

    private static Set<String> without(String... actions) {
        Set<String> rest = new java.util.HashSet<>(EVERYTHING);
        rest.removeAll(Set.of(actions));
        return rest;
    }

    private static Scenario story(String expect) {
        return new ScenarioParser().parse(java.nio.file.Path.of("story.yaml"), """
            name: story
            order: {platform: PINDUODUO, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 100}
            expect: %s
            """.formatted(expect));
    }

    @Test
    void aStoryAppliesWhereEveryExpectedCallIsOffered() {
        Scenario extension = load("RR-16-receipt-time-extended.yaml").onPlatform(Platform.PINDUODUO);

        assertThat(Applicability.whyNot(extension, offering(Platform.PINDUODUO, EVERYTHING))).isEmpty();
        assertThat(Applicability.whyNot(extension, offering(Platform.PINDUODUO, without("EXTEND_RECEIPT"))))
                .contains("n/a on PINDUODUO: needs EXTEND_RECEIPT");
    }

    @Test
    void everyMissingCallIsNamedInTheVocabularysOrder() {
        Scenario story = story("{platformActions: [REFUSE, UPLOAD_EVIDENCE, EXTEND_RECEIPT]}");

        assertThat(Applicability.whyNot(story, offering(Platform.PINDUODUO, Set.of("AGREE_REFUND"))))
                .contains("n/a on PINDUODUO: needs REFUSE, EXTEND_RECEIPT, UPLOAD_EVIDENCE");
    }

    @Test
    void aPartialRefundIsReachedByAnAcceptedNegotiationAndAnAgree() {
        Scenario partial = load("RR-9-affects-resale-partial-accepted.yaml").onPlatform(Platform.DOUYIN);

        assertThat(Applicability.whyNot(partial, offering(Platform.DOUYIN, without("AGREE_PARTIAL_REFUND"))))
                .isEmpty();
        assertThat(Applicability.whyNot(partial, offering(Platform.DOUYIN,
                without("AGREE_PARTIAL_REFUND", "NEGOTIATE"))))
                .contains("n/a on DOUYIN: needs AGREE_PARTIAL_REFUND (or NEGOTIATE + AGREE_REFUND), NEGOTIATE");
    }

    @Test
    void theBuyerAnsweringANegotiationNeedsOne() {
        Scenario answered = new ScenarioParser().parse(java.nio.file.Path.of("story.yaml"), """
            name: story
            order: {platform: DOUYIN, shopId: s, orderId: O1, paidFen: 100, fulfilment: SHIPPED}
            steps:
              - at: PT0S
                platform: {event: REFUND_REQUESTED, refundId: R1, type: REFUND_ONLY, reason: NOT_WANTED, amountFen: 100}
              - at: PT1H
                platform: {event: NEGOTIATION_REJECTED, refundId: R1}
            expect: {platformActions: [REFUSE]}
            """);

        assertThat(Applicability.whyNot(answered, offering(Platform.DOUYIN, without("NEGOTIATE"))))
                .contains("n/a on DOUYIN: needs NEGOTIATE");
        assertThat(Applicability.whyNot(answered, offering(Platform.DOUYIN, EVERYTHING))).isEmpty();
    }

    @Test
    void messagesToTheBuyerNeedTheBuyerChat() {
        Scenario messaged = story("{buyerMessages: 1}");
        Scenario none = story("{buyerMessages: 0}");

        assertThat(Applicability.whyNot(messaged, offering(Platform.PINDUODUO, without("SEND_BUYER_MESSAGE"))))
                .contains("n/a on PINDUODUO: needs SEND_BUYER_MESSAGE");
        assertThat(Applicability.whyNot(none, offering(Platform.PINDUODUO, Set.of()))).isEmpty();
    }

    @Test
    void aPlatformTheSystemSaysNothingAboutLacksNothing() {
        Scenario extension = load("RR-16-receipt-time-extended.yaml");

        assertThat(Applicability.whyNot(extension, offering(Platform.PINDUODUO, Set.of()))).as("it is on TAOBAO")
                .isEmpty();
        assertThat(Applicability.whyNot(extension, PlatformOffers.UNKNOWN)).isEmpty();
        assertThat(Applicability.appliesOn(extension, Platform.PINDUODUO, offering(Platform.PINDUODUO, Set.of())))
                .isFalse();
        assertThat(Applicability.appliesOn(extension, Platform.JD, offering(Platform.PINDUODUO, Set.of()))).isTrue();
    }
}
