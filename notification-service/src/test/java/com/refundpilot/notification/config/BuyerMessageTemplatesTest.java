package com.refundpilot.notification.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.refundpilot.contracts.vocabulary.BuyerMessageTemplate;
import com.refundpilot.notification.domain.BuyerMessageCatalog;
import com.refundpilot.notification.domain.MissingTemplateParameterException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The shipped 话术 file: every template renders with its params, and a missing param fails clearly. */
class BuyerMessageTemplatesTest {

    /** The params each template is sent with; a template added to contracts must be added here too. */
    static final Map<BuyerMessageTemplate, Map<String, String>> PARAMS = Map.ofEntries(
            Map.entry(BuyerMessageTemplate.REFUND_APPROVED, Map.of("amount", "599.00")),
            Map.entry(BuyerMessageTemplate.REFUND_APPROVED_RETAIN, Map.of("amount", "59.90")),
            Map.entry(BuyerMessageTemplate.INTERCEPT_NOTICE, Map.of()),
            Map.entry(BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE, Map.of()),
            Map.entry(BuyerMessageTemplate.ASK_RECEIPT, Map.of("trackingNo", "ZT0001")),
            Map.entry(BuyerMessageTemplate.COURIER_VERIFYING, Map.of()),
            Map.entry(BuyerMessageTemplate.LOST_PARCEL_OPTIONS, Map.of()),
            Map.entry(BuyerMessageTemplate.RESHIP_NOTICE, Map.of("trackingNo", "ZT0002")),
            Map.entry(BuyerMessageTemplate.INTERCEPT_PENDING_EXPLAINED, Map.of()),
            Map.entry(BuyerMessageTemplate.PARCEL_BACK_REAPPLY, Map.of()),
            Map.entry(BuyerMessageTemplate.PARCEL_REDIRECTED, Map.of()),
            Map.entry(BuyerMessageTemplate.REFUSAL_EXPLAINED, Map.of("reason", "物流显示商品已签收")),
            Map.entry(BuyerMessageTemplate.CUSTOM_MADE_PROPOSAL, Map.of("amount", "120.00")),
            Map.entry(BuyerMessageTemplate.RETURN_INSTRUCTIONS, Map.of("address", "浙江省杭州市 退货仓",
                    "postage", "运费由我们承担")),
            Map.entry(BuyerMessageTemplate.RETURN_REMINDER, Map.of()),
            Map.entry(BuyerMessageTemplate.RETURN_WAYBILL_CHECK, Map.of()),
            Map.entry(BuyerMessageTemplate.RETURN_SIGNED_ELSEWHERE, Map.of()),
            Map.entry(BuyerMessageTemplate.RETURN_REDO_PLEASE, Map.of()),
            Map.entry(BuyerMessageTemplate.WRONG_GOODS_RETURNED, Map.of()),
            Map.entry(BuyerMessageTemplate.QUANTITY_SHORT_PROPOSAL, Map.of("amount", "99.50")),
            Map.entry(BuyerMessageTemplate.RESALE_AFFECTED_PROPOSAL, Map.of("amount", "80.00")),
            Map.entry(BuyerMessageTemplate.SHIPPING_FEE_REFUNDED, Map.of()),
            Map.entry(BuyerMessageTemplate.DAMAGED_ON_ARRIVAL_NOTICE, Map.of()),
            Map.entry(BuyerMessageTemplate.EXCHANGE_SHIPPED, Map.of("trackingNo", "ZT0003")),
            Map.entry(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE, Map.of()),
            Map.entry(BuyerMessageTemplate.REASON_CHANGE_REQUEST, Map.of()),
            Map.entry(BuyerMessageTemplate.INVOICE_QUESTION, Map.of()),
            Map.entry(BuyerMessageTemplate.COMPLAINT_ANSWERED, Map.of("detail", "为您补偿10.00元")));

    static final String RS1_NOTICE = "亲亲,这边看到您申请了仅退款。因为快递已经在路上了,我们会联系快递拦截,如果拦截失败了,"
            + "建议您及时拒签商品。我们看到拒签记录后,会及时操作给您退款的哦。感谢理解~";

    private final BuyerMessageCatalog catalog = BuyerMessageTemplatesFile.load(
            new ClassPathResource("templates/buyer-messages.yml"));

    @Test
    void everyTemplateOfTheContractHasItsParamsListedHere() {
        assertThat(PARAMS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(BuyerMessageTemplate.class));
    }

    @ParameterizedTest
    @EnumSource(BuyerMessageTemplate.class)
    void everyTemplateRendersWithItsParamsAndNeedsNoOther(BuyerMessageTemplate template) {
        Map<String, String> params = PARAMS.get(template);
        assertThat(catalog.parametersOf(template)).containsExactlyInAnyOrderElementsOf(params.keySet());

        String text = catalog.render(template, params);

        assertThat(text).startsWith("亲亲").doesNotContain("{", "}");
        params.values().forEach(value -> assertThat(text).contains(value));
    }

    @ParameterizedTest
    @EnumSource(BuyerMessageTemplate.class)
    void eachMissingOrBlankParamFailsNamingTemplateAndParam(BuyerMessageTemplate template) {
        for (String name : catalog.parametersOf(template)) {
            Map<String, String> without = new HashMap<>(PARAMS.get(template));
            without.remove(name);
            assertThatThrownBy(() -> catalog.render(template, without))
                    .isInstanceOf(MissingTemplateParameterException.class)
                    .hasMessageContaining(template.name())
                    .hasMessageContaining("'" + name + "'");

            Map<String, String> blank = new HashMap<>(PARAMS.get(template));
            blank.put(name, "  ");
            assertThatThrownBy(() -> catalog.render(template, blank))
                    .isInstanceOf(MissingTemplateParameterException.class)
                    .hasMessageContaining("'" + name + "'");
        }
    }

    @Test
    void refundApprovedNamesTheAmount() {
        assertThat(catalog.render(BuyerMessageTemplate.REFUND_APPROVED, Map.of("amount", "599.00")))
                .isEqualTo("亲亲,您的退款599.00元已经同意啦,请留意原路退回到账哦~感谢您的理解与支持");
    }

    @Test
    void retentionApprovesAndOffersOtherStylesAndThePromotion() {
        String text = catalog.render(BuyerMessageTemplate.REFUND_APPROVED_RETAIN, Map.of("amount", "59.90"));
        assertThat(text).contains("59.90元已经同意", "其他款式", "活动");
    }

    @Test
    void interceptNoticeIsTheSopTextVerbatim() {
        assertThat(catalog.render(BuyerMessageTemplate.INTERCEPT_NOTICE, Map.of())).isEqualTo(RS1_NOTICE);
    }

    @Test
    void refuseDeliveryAsksToRefuseTheParcel() {
        assertThat(catalog.render(BuyerMessageTemplate.REFUSE_DELIVERY_PLEASE, Map.of())).contains("拒签", "退款");
    }

    @Test
    void askReceiptNamesTheParcelAndTheAnswersTheChatReaderUnderstands() {
        assertThat(catalog.render(BuyerMessageTemplate.ASK_RECEIPT, Map.of("trackingNo", "ZT0001")))
                .contains("ZT0001", "签收", "驿站", "收到了", "没有收到");
    }

    @Test
    void aLostParcelOffersReshipOrRefundAndTheReshipNoticeCarriesTheNewTrackingNumber() {
        assertThat(catalog.render(BuyerMessageTemplate.LOST_PARCEL_OPTIONS, Map.of())).contains("补发", "退款", "遗失");
        assertThat(catalog.render(BuyerMessageTemplate.RESHIP_NOTICE, Map.of("trackingNo", "ZT0002")))
                .contains("补发", "ZT0002");
    }

    @Test
    void theRs4ExplanationSaysTheRefundFollowsTheReturnAndTheReturnAsksToReapply() {
        assertThat(catalog.render(BuyerMessageTemplate.INTERCEPT_PENDING_EXPLAINED, Map.of()))
                .contains("拦截", "拒绝", "重新申请");
        assertThat(catalog.render(BuyerMessageTemplate.PARCEL_BACK_REAPPLY, Map.of())).contains("退回", "重新申请");
    }

    @Test
    void aRefusalIsNeverBareItGivesTheReason() {
        assertThat(catalog.render(BuyerMessageTemplate.REFUSAL_EXPLAINED, Map.of("reason", "物流显示商品已签收")))
                .contains("原因是:物流显示商品已签收", "凭证");
    }

    @Test
    void theCustomMadeProposalNamesTheAmountOffered() {
        assertThat(catalog.render(BuyerMessageTemplate.CUSTOM_MADE_PROPOSAL, Map.of("amount", "120.00")))
                .contains("定制", "120.00元", "协商");
    }

    @Test
    void returnInstructionsGiveTheAddressAndSayWhoPaysThePostage() {
        String merchantPays = catalog.render(BuyerMessageTemplate.RETURN_INSTRUCTIONS,
                Map.of("address", "浙江省杭州市 退货仓", "postage", "运费由我们承担"));
        assertThat(merchantPays).contains("寄回到:浙江省杭州市 退货仓", "退货快递单号", "退货的运费由我们承担");
        assertThat(catalog.render(BuyerMessageTemplate.RETURN_INSTRUCTIONS,
                Map.of("address", "浙江省杭州市 退货仓", "postage", "运费需要您承担"))).contains("退货的运费需要您承担");
    }

    @Test
    void aSuspectWaybillIsAQuestionNeverAnAccusationAndARedoAsksToWithdrawAndReapply() {
        assertThat(catalog.render(BuyerMessageTemplate.RETURN_WAYBILL_CHECK, Map.of()))
                .contains("核实", "修改为正确的单号").doesNotContain("假单号", "虚假");
        assertThat(catalog.render(BuyerMessageTemplate.RETURN_REDO_PLEASE, Map.of()))
                .contains("撤销", "追回", "重新申请");
        assertThat(catalog.render(BuyerMessageTemplate.WRONG_GOODS_RETURNED, Map.of()))
                .contains("寄回给您", "撤销", "重新申请");
    }

    @Test
    void theInspectionProposalsNameTheAmountAndNegotiate() {
        assertThat(catalog.render(BuyerMessageTemplate.QUANTITY_SHORT_PROPOSAL, Map.of("amount", "99.50")))
                .contains("退款99.50元", "补寄", "协商");
        assertThat(catalog.render(BuyerMessageTemplate.RESALE_AFFECTED_PROPOSAL, Map.of("amount", "80.00")))
                .contains("二次销售", "退款80.00元", "协商");
    }

    @Test
    void theExchangeCarriesItsTrackingNumberAndTheComplaintAnswerItsDetail() {
        assertThat(catalog.render(BuyerMessageTemplate.EXCHANGE_SHIPPED, Map.of("trackingNo", "ZT0003")))
                .contains("换货", "ZT0003");
        assertThat(catalog.render(BuyerMessageTemplate.COMPLAINT_ANSWERED, Map.of("detail", "为您补偿10.00元")))
                .contains("抱歉", "处理方案是:为您补偿10.00元");
    }

    @Test
    void packagePhotosAskForTheLabelAndNeverToDeclareThePackageIntact() {
        assertThat(catalog.render(BuyerMessageTemplate.PACKAGE_PHOTOS_PLEASE, Map.of()))
                .contains("照片", "面单", "不要说明包装完好");
    }

    @Test
    void aMissingTemplateOrAnUnknownNameStopsTheStart() {
        var missing = new ByteArrayResource("REFUND_APPROVED: \"亲亲,{amount}元\"\n".getBytes(StandardCharsets.UTF_8),
                "missing.yml");
        assertThatThrownBy(() -> BuyerMessageTemplatesFile.load(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REFUND_APPROVED_RETAIN");

        var unknown = new ByteArrayResource("REFUND_APPROVD: \"亲亲\"\n".getBytes(StandardCharsets.UTF_8), "typo.yml");
        assertThatThrownBy(() -> BuyerMessageTemplatesFile.load(unknown)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REFUND_APPROVD");
    }
}
