package com.refundpilot.platform.domain.douyin;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.contracts.events.BuyerReplied;
import com.refundpilot.contracts.events.ComplaintFiled;
import com.refundpilot.contracts.events.DeadlineChanged;
import com.refundpilot.contracts.events.NegotiationAnswered;
import com.refundpilot.contracts.events.PlatformIntervened;
import com.refundpilot.contracts.events.PlatformRefundSettled;
import com.refundpilot.contracts.events.PlatformRefundSettled.Settlement;
import com.refundpilot.contracts.events.PlatformVerdict;
import com.refundpilot.contracts.events.RefundModified;
import com.refundpilot.contracts.events.RefundRequested;
import com.refundpilot.contracts.events.ReturnShipped;
import com.refundpilot.contracts.vocabulary.BuyerIntent;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.contracts.vocabulary.RefundReason;
import com.refundpilot.contracts.vocabulary.RefundType;
import com.refundpilot.platform.domain.Normalized;
import com.refundpilot.platform.wire.douyin.DouyinApiReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Douyin messages + the detail read for them → canonical events: the status, type, reason and deadline tables, the
 * tags whose public tables disagree (206/207/208, decided by the status), the verdict, and every drop with its reason.
 */
class DouyinNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final long APPLIED = Instant.parse("2026-12-01T08:00:00Z").getEpochSecond();
    private static final long UPDATED = Instant.parse("2026-12-01T09:00:00Z").getEpochSecond();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DouyinNormalizer normalizer = new DouyinNormalizer(Duration.ofHours(72),
            Set.of(PlatformAction.AGREE_REFUND, PlatformAction.REFUSE));

    /** A detail answer's data, as afterSale/Detail gives it; {@code extra} goes into after_sale_info. */
    static String detail(int status, int type, String extra, String process) {
        return "{\"process_info\":{\"after_sale_info\":{\"after_sale_id\":\"A1\",\"after_sale_status\":" + status
                + ",\"after_sale_type\":" + type + ",\"refund_total_amount\":29900,\"refund_post_amount\":0,"
                + "\"real_refund_amount\":0,\"apply_time\":" + APPLIED + ",\"update_time\":" + UPDATED
                + ",\"reason\":\"7天无理由退货\",\"after_sale_apply_count\":2" + extra + "}" + process + "},"
                + "\"order_info\":{\"shop_order_id\":\"P1\",\"sku_order_infos\":[{\"sku_order_id\":\"S1\","
                + "\"pay_amount\":59800,\"item_quantity\":2,\"shop_sku_code\":\"CUP-1\"}]}}";
    }

    static DouyinAfterSale afterSale(int status, int type, String extra, String process) {
        return DouyinApiReader.afterSale(JSON.readTree(detail(status, type, extra, process)));
    }

    static DouyinPushMessage message(String tag) {
        return new DouyinPushMessage(0, tag, "m-" + tag, "shop-d", "A1", null, "P1", "101", "501");
    }

    private Normalized normalize(String tag, DouyinAfterSale a) {
        return normalizer.normalize(message(tag), DouyinFacts.of(a), NOW);
    }

    @Test
    void aCreatedRequestTakesTheDetailsDeadlineAmountsAndUpdateTimeAsTheVersion() {
        long deadline = Instant.parse("2026-12-03T08:00:00Z").getEpochSecond();
        var events = normalize(DouyinTags.REFUND_CREATED, afterSale(6, 0, ",\"status_deadline\":" + deadline, ""))
                .events();

        RefundRequested requested = (RefundRequested) events.get(0);
        assertThat(requested.order().platform()).isEqualTo(Platform.DOUYIN);
        assertThat(requested.order().shopId()).isEqualTo("shop-d");
        assertThat(requested.order().orderId()).isEqualTo("P1");
        assertThat(requested.type()).isEqualTo(RefundType.RETURN_AND_REFUND);
        assertThat(requested.reason()).isEqualTo(RefundReason.NO_REASON_7D);
        assertThat(requested.platformReason()).isEqualTo("7天无理由退货");
        assertThat(requested.amountFen()).isEqualTo(29900);
        assertThat(requested.quantity()).isEqualTo(2);
        assertThat(requested.orderPaidFen()).isEqualTo(59800);
        assertThat(requested.orderQuantity()).isEqualTo(2);
        assertThat(requested.sku()).isEqualTo("CUP-1");
        assertThat(requested.requestedAt()).isEqualTo(Instant.ofEpochSecond(APPLIED));
        assertThat(requested.deadline()).isEqualTo(Instant.ofEpochSecond(deadline));
        assertThat(requested.platformVersion()).isEqualTo(UPDATED);
        assertThat(requested.capabilities()).containsExactlyInAnyOrder(PlatformAction.AGREE_REFUND,
                PlatformAction.REFUSE);
    }

    @Test
    void withoutARunningDeadlineTheDefaultRunsFromTheApplication() {
        RefundRequested requested = (RefundRequested) normalize(DouyinTags.REFUND_CREATED,
                afterSale(6, 1, ",\"status_deadline\":0", "")).events().get(0);

        assertThat(requested.deadline()).isEqualTo(Instant.ofEpochSecond(APPLIED).plus(Duration.ofHours(72)));
    }

    @ParameterizedTest(name = "after_sale_type {0} → {1}")
    @CsvSource({"0, RETURN_AND_REFUND", "1, REFUND_ONLY", "2, REFUND_ONLY", "3, EXCHANGE", "7, RESHIP"})
    void theTypeTable(int douyinType, RefundType expected) {
        RefundRequested requested = (RefundRequested) normalize(DouyinTags.REFUND_CREATED,
                afterSale(6, douyinType, "", "")).events().get(0);
        assertThat(requested.type()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "after_sale_type {0} is dropped")
    @CsvSource({"4", "5", "6", "8"})
    void typesTheSopDoesNotHandleAreDropped(int douyinType) {
        assertThat(normalize(DouyinTags.REFUND_CREATED, afterSale(6, douyinType, "", "")).dropReason())
                .contains("not a request the SOP handles");
    }

    @ParameterizedTest(name = "reason {0} → {1}")
    @CsvSource({"7天无理由退货, NO_REASON_7D", "不喜欢/效果不好, NOT_WANTED", "商品与页面描述不符, NOT_AS_DESCRIBED",
        "少件/漏发, MISSING_ITEM", "发货慢, LATE_SHIPMENT", "质量问题, QUALITY", "发票问题, INVOICE",
        "拍错/多拍, ORDERED_BY_MISTAKE", "随便写的, OTHER"})
    void theReasonTable(String text, RefundReason expected) {
        assertThat(DouyinReasons.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a created request in status {0} is dropped")
    @CsvSource({"7", "11", "12", "27", "28"})
    void aCreatedRequestThatNoLongerWaitsOnTheMerchantIsDropped(int status) {
        assertThat(normalize(DouyinTags.REFUND_CREATED, afterSale(status, 1, "", "")).dropReason())
                .contains("no longer waits on the merchant");
    }

    @Test
    void tag208IsAModificationWhileTheRequestWaitsOnTheMerchant() {
        RefundModified modified = (RefundModified) normalize(DouyinTags.REFUND_MODIFIED, afterSale(6, 1, "", ""))
                .events().get(0);

        assertThat(modified.amountFen()).isEqualTo(29900);
        assertThat(modified.platformVersion()).isEqualTo(UPDATED);
        assertThat(modified.modifiedAt()).isEqualTo(Instant.ofEpochSecond(UPDATED));
        assertThat(modified.deadline()).isEqualTo(Instant.ofEpochSecond(UPDATED).plus(Duration.ofHours(72)));
    }

    /** Both public tag tables: whichever of 206/207/208 comes, the status read says what happened. */
    @ParameterizedTest(name = "tag {0} with status 12 is the refund")
    @CsvSource({"206", "207", "208"})
    void whicheverOfTheDisputedTagsComesSucceededMeansRefunded(String tag) {
        PlatformRefundSettled settled = (PlatformRefundSettled) normalize(tag,
                afterSale(12, 1, ",\"real_refund_amount\":20930", "")).events().get(0);

        assertThat(settled.settlement()).isEqualTo(Settlement.REFUNDED);
        assertThat(settled.refundedFen()).isEqualTo(20930);
        assertThat(settled.settledAt()).isEqualTo(Instant.ofEpochSecond(UPDATED));
    }

    @ParameterizedTest(name = "tag {0} with status 28 is the closure")
    @CsvSource({"206", "207", "208"})
    void whicheverOfTheDisputedTagsComesClosedMeansClosed(String tag) {
        PlatformRefundSettled settled = (PlatformRefundSettled) normalize(tag, afterSale(28, 1, "", "")).events()
                .get(0);

        assertThat(settled.settlement()).isEqualTo(Settlement.CLOSED);
        assertThat(settled.refundedFen()).isZero();
    }

    @Test
    void aRefundWithoutTheRealAmountIsTheTotalAndAStillOpenOneIsNothing() {
        PlatformRefundSettled settled = (PlatformRefundSettled) normalize(DouyinTags.REFUND_SUCCESS,
                afterSale(12, 1, "", "")).events().get(0);
        assertThat(settled.refundedFen()).isEqualTo(29900);
        assertThat(normalize(DouyinTags.REFUND_SUCCESS, afterSale(6, 1, "", "")).dropReason())
                .contains("nothing tag 206 stands for");
    }

    private static String arbitration(int status, int conclusion) {
        return ",\"arbitrate_info\":{\"arbitrate_id\":\"A1_001\",\"arbitrate_status\":" + status
                + ",\"arbitrate_status_deadline\":\"" + Instant.parse("2026-12-03T09:00:00Z").getEpochSecond()
                + "\",\"arbitrate_conclusion\":" + conclusion + ",\"arbitrate_create_time\":" + UPDATED + "}";
    }

    @ParameterizedTest(name = "arbitrate_conclusion {0} → forMerchant {1}")
    @CsvSource({"1, false", "2, true", "3, false"})
    void theVerdictIsTheArbitrationsConclusion(int conclusion, boolean forMerchant) {
        PlatformVerdict verdict = (PlatformVerdict) normalize(DouyinTags.ARBITRATE_AUDITED,
                afterSale(conclusion == 2 ? 28 : 12, 1, "", arbitration(3, conclusion))).events().get(0);

        assertThat(verdict.forMerchant()).isEqualTo(forMerchant);
        assertThat(verdict.caseRef()).isEqualTo("A1");
    }

    @Test
    void aClosureTheMerchantWonWasSaidByTheVerdictAndAnUndecidedAuditIsNothing() {
        assertThat(normalize(DouyinTags.REFUND_CLOSED, afterSale(28, 1, "", arbitration(3, 2))).dropReason())
                .contains("closed by the arbitration verdict");
        assertThat(normalize(DouyinTags.ARBITRATE_AUDITED, afterSale(6, 1, "", arbitration(1, 0))).dropReason())
                .contains("no arbitration conclusion");
    }

    @Test
    void staffInterveningCarryTheEvidenceDeadline() {
        PlatformIntervened intervened = (PlatformIntervened) normalize(DouyinTags.ARBITRATE_SERVICE_INTERVENE,
                afterSale(6, 1, "", arbitration(1, 0))).events().get(0);

        assertThat(intervened.evidenceDeadline()).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(intervened.intervenedAt()).isEqualTo(Instant.ofEpochSecond(UPDATED));
    }

    @Test
    void aShippedReturnCarriesItsWaybillAndTheReceiptDeadline() {
        long receipt = Instant.parse("2026-12-11T09:00:00Z").getEpochSecond();
        String logistics = ",\"logistics_info\":{\"return\":{\"tracking_no\":\"YT1\",\"company_name\":\"圆通\","
                + "\"logistics_time\":" + UPDATED + "}}";
        ReturnShipped shipped = (ReturnShipped) normalize(DouyinTags.BUYER_RETURN_GOODS,
                afterSale(11, 0, ",\"status_deadline\":" + receipt, logistics)).events().get(0);

        assertThat(shipped.trackingNo()).isEqualTo("YT1");
        assertThat(shipped.carrier()).isEqualTo("圆通");
        assertThat(shipped.deadline()).isEqualTo(Instant.ofEpochSecond(receipt));
        assertThat(normalize(DouyinTags.BUYER_RETURN_GOODS, afterSale(11, 0, "", "")).dropReason())
                .contains("no return waybill");
    }

    @Test
    void aMovedDeadlineIsTheNewStatusDeadlineAndNoneRunningIsNothing() {
        long moved = Instant.parse("2026-12-02T09:00:00Z").getEpochSecond();
        DeadlineChanged changed = (DeadlineChanged) normalize(DouyinTags.EXPIRATION_CHANGE,
                afterSale(6, 1, ",\"status_deadline\":" + moved, "")).events().get(0);

        assertThat(changed.deadline()).isEqualTo(Instant.ofEpochSecond(moved));
        assertThat(normalize(DouyinTags.EXPIRATION_CHANGE, afterSale(6, 1, ",\"status_deadline\":0", ""))
                .dropReason()).contains("no running deadline");
    }

    @Test
    void theBuyersChatLineIsClassifiedAndTheMerchantsIsDropped() {
        DouyinAfterSale a = afterSale(6, 1, "", "");
        var chat = List.of(new DouyinChatMessage("101", 1, "我没收到货", List.of("p.jpg"), NOW),
                new DouyinChatMessage("102", 2, "亲，已为您核实", List.of(), NOW));

        BuyerReplied replied = (BuyerReplied) normalizer.normalize(message(DouyinTags.BUYER_MESSAGE),
                new DouyinFacts(a, chat, List.of(), null), NOW).events().get(0);
        assertThat(replied.intent()).isEqualTo(BuyerIntent.NOT_RECEIVED);
        assertThat(replied.photos()).isTrue();

        var merchants = new DouyinPushMessage(0, DouyinTags.BUYER_MESSAGE, "m", "shop-d", "A1", null, "P1", "102",
                null);
        assertThat(normalizer.normalize(merchants, new DouyinFacts(a, chat, List.of(), null), NOW).dropReason())
                .contains("not the buyer's");
    }

    @Test
    void anAcceptedPartialNegotiationCarriesTheAcceptedAmountAndAPendingOneIsNothing() {
        DouyinAfterSale a = afterSale(6, 1, "", "");
        var accepted = new DouyinNegotiation("501", 1, 30000L, 1, 1, 20930L, NOW);

        NegotiationAnswered answered = (NegotiationAnswered) normalizer.normalize(
                message(DouyinTags.NEGOTIATION_ANSWERED), new DouyinFacts(a, List.of(), List.of(accepted), null), NOW)
                .events().get(0);
        assertThat(answered.accepted()).isTrue();
        assertThat(answered.amountFen()).isEqualTo(20930);
        assertThat(answered.platformVersion()).isEqualTo(UPDATED);

        var pending = new DouyinNegotiation("501", 3, null, 1, 0, null, null);
        assertThat(normalizer.normalize(message(DouyinTags.NEGOTIATION_ANSWERED),
                new DouyinFacts(a, List.of(), List.of(pending), null), NOW).dropReason())
                .contains("no answered negotiation");
    }

    @Test
    void complaintsAreTheirOwnCases() {
        var complaint = new DouyinComplaint("C1", "P1", "shop-d", 1, 1, NOW.minusSeconds(60), NOW, null,
                NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)), 59800L, DouyinAfterSale.Arbitration.NONE,
                0, List.of());
        var filed = new DouyinPushMessage(0, DouyinTags.COMPLAINT_CREATED, "m", "shop-d", null, "C1", "P1", null,
                null);

        ComplaintFiled event = (ComplaintFiled) normalizer.normalize(filed, new DouyinFacts(null, List.of(),
                List.of(), complaint), NOW).events().get(0);
        assertThat(event.kind()).isEqualTo("LATE_SHIPMENT");
        assertThat(event.deadline()).isEqualTo(NOW.minusSeconds(60).plus(Duration.ofHours(72)));
        assertThat(event.promisedShipBy()).isEqualTo(NOW.minus(Duration.ofDays(2)));
        assertThat(event.orderPaidFen()).isEqualTo(59800);

        var decided = new DouyinPushMessage(0, DouyinTags.COMPLAINT_DECIDED, "m2", "shop-d", null, "C1", "P1", null,
                null);
        assertThat(normalizer.normalize(decided, new DouyinFacts(null, List.of(), List.of(), complaint), NOW)
                .dropReason()).contains("no verdict");
    }

    @Test
    void echoesArbitrationStepsAndUnknownTagsAreDroppedWithTheirReason() {
        assertThat(normalizer.normalize(message("201"), DouyinFacts.none(), NOW).dropReason())
                .contains("echoed back");
        assertThat(normalizer.normalize(message("214"), DouyinFacts.none(), NOW).dropReason())
                .contains("arbitration step");
        assertThat(normalizer.normalize(message("105"), DouyinFacts.none(), NOW).dropReason())
                .contains("not an after-sales message");
    }
}
