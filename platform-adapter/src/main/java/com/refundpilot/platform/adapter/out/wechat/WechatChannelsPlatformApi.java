package com.refundpilot.platform.adapter.out.wechat;

import com.refundpilot.contracts.commands.AgreeRefund;
import com.refundpilot.contracts.commands.AgreeReturn;
import com.refundpilot.contracts.commands.AnswerComplaint;
import com.refundpilot.contracts.commands.ConsignExchange;
import com.refundpilot.contracts.commands.ExtendReceipt;
import com.refundpilot.contracts.commands.NegotiateRefund;
import com.refundpilot.contracts.commands.RefuseRefund;
import com.refundpilot.contracts.commands.SendBuyerMessage;
import com.refundpilot.contracts.commands.UploadEvidence;
import com.refundpilot.contracts.vocabulary.ComplaintAnswer;
import com.refundpilot.contracts.vocabulary.Evidence;
import com.refundpilot.contracts.vocabulary.NegotiationKind;
import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.contracts.vocabulary.PlatformAction;
import com.refundpilot.platform.application.port.DecisionOutcome;
import com.refundpilot.platform.application.port.PlatformApi;
import com.refundpilot.platform.config.WechatChannelsProperties;
import com.refundpilot.platform.domain.wechat.WechatAfterSale;
import com.refundpilot.platform.domain.wechat.WechatNegotiation;
import com.refundpilot.platform.domain.wechat.WechatSeen;
import com.refundpilot.platform.domain.wechat.WechatSeenBook;
import com.refundpilot.platform.domain.wechat.WechatStatuses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The decisions on the WeChat Channels shop (docs/platform-wire-formats/wechat.md §3). WeChat's actions carry no
 * version: each decision re-reads the after-sale first and is not sent when it no longer fits (an agree of another
 * amount than the application's: acceptapply pays that one; a request paid already: settled by re-reading).
 * {@code accept_type} is always sent. "Done already" arrives as 10020001 (status invalid) and is settled by
 * re-reading. Calls marked "assumed" exist on the sandbox only; the buyer chat and complaint answers are made only
 * while their action is declared ({@code assumed-capabilities}; a shop on the real platform declares none), else
 * refused {@code PLATFORM_NOT_SUPPORTED} without a call, for a person to do in the shop's back office.
 */
@Component
public class WechatChannelsPlatformApi implements PlatformApi {

    static final String STATUS_INVALID = "10020001";
    static final String AMOUNT_MISMATCH = "AMOUNT_MISMATCH";
    static final String NO_DISPUTE = "NO_DISPUTE";
    private static final String AFTERSALE = "/channels/ec/aftersale/";
    private static final Logger log = LoggerFactory.getLogger(WechatChannelsPlatformApi.class);

    private final WechatClient wechat;
    private final WechatSeenBook seen;
    /** Return addresses added to the shop's address book, by their content: one entry per distinct address. */
    private final Map<String, String> addressIds = new ConcurrentHashMap<>();

    private final Set<PlatformAction> offered;

    public WechatChannelsPlatformApi(WechatClient wechat, WechatSeenBook seen, WechatChannelsProperties properties) {
        this.wechat = wechat;
        this.seen = seen;
        this.offered = properties.announced();
    }

    @Override
    public Set<Platform> platforms() {
        return Set.of(Platform.WECHAT_CHANNELS);
    }

    @Override
    public DecisionOutcome agree(AgreeRefund c) {
        WechatAfterSale a = wechat.afterSale(c.refundId());
        if (WechatStatuses.REFUNDED.contains(a.status())) {
            return DecisionOutcome.refused(c.refundId(), STATUS_INVALID, "refunded already (" + a.status() + ")")
                    .doneAlreadyWhen(STATUS_INVALID);
        }
        if (a.amountFen() != c.amountFen()) {
            return DecisionOutcome.refused(c.refundId(), AMOUNT_MISMATCH, "acceptapply refunds the application's "
                    + a.amountFen() + " fen, the decision was " + c.amountFen() + ": lower it by 协商 first");
        }
        return act("acceptapply", c.refundId(), Map.of("after_sale_order_id", c.refundId(), "accept_type", 2))
                .doneAlreadyWhen(STATUS_INVALID);
    }

    @Override
    public boolean agreed(AgreeRefund c) {
        return WechatStatuses.REFUNDED.contains(wechat.afterSale(c.refundId()).status());
    }

    /**
     * rejectapply, sent whether or not a 协商 came first (refund-service negotiates first whenever there is time,
     * G-6; wechat.md §3.1): the platform's answer 10021068 reports that WeChat wanted one.
     */
    @Override
    public DecisionOutcome refuse(RefuseRefund c) {
        boolean negotiated = seen.afterSale(c.refundId()).map(WechatSeen::negotiatedEver).orElse(false);
        log.info("rejectapply for after-sale {} ({}), a 协商 seen on the platform before: {}", c.refundId(),
                c.reasonCode(), negotiated);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("after_sale_order_id", c.refundId());
        body.put("reject_reason", c.reasonText());
        body.put("reject_reason_type", 1);
        body.put("reject_certificates", references(c.evidence()));
        return act("rejectapply", c.refundId(), body).doneAlreadyWhen(STATUS_INVALID);
    }

    @Override
    public boolean refused(RefuseRefund c) {
        return WechatStatuses.REJECTED.contains(wechat.afterSale(c.refundId()).status());
    }

    @Override
    public long requestedFen(NegotiateRefund c) {
        return wechat.afterSale(c.refundId()).amountFen();
    }

    @Override
    public DecisionOutcome negotiate(NegotiateRefund c) {
        WechatAfterSale a = wechat.afterSale(c.refundId());
        WechatProposal proposal = WechatProposal.of(c.kind(), c.amountFen(), a);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("after_sale_order_id", c.refundId());
        body.put("merchant_update_type", proposal.updateType());
        body.put("type", proposal.type());
        body.put("amount", proposal.amountFen());
        body.put("merchant_update_desc", c.message());
        body.put("update_reason_type", proposal.reasonType());
        body.put("media_ids", List.of());
        return act("merchantupdateaftersale", c.refundId(), body);
    }

    /** The 协商 shows as pending on the after-sale, of this kind (and amount, for a partial refund). */
    @Override
    public boolean negotiated(NegotiateRefund c) {
        WechatAfterSale a = wechat.afterSale(c.refundId());
        WechatNegotiation pending = a.pendingNegotiation();
        if (!WechatStatuses.USER_WAIT_CONFIRM_UPDATE.equals(a.status()) || pending == null) {
            return false;
        }
        boolean partial = c.kind() == NegotiationKind.PARTIAL_REFUND;
        return pending.updateType() == WechatProposal.updateTypeOf(c.kind())
                && (!partial || pending.newAmountFen() == c.amountFen());
    }

    /** The return address goes into the shop's address book once; acceptapply names it by its ID. */
    @Override
    public DecisionOutcome agreeReturn(AgreeReturn c) {
        String detail = c.addressText() == null ? "" : c.addressText();
        String addressId = addressIds.computeIfAbsent(c.province() + "|" + c.city() + "|" + detail, key -> {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("user_name", "退货仓");
            info.put("province_name", c.province());
            info.put("city_name", c.city());
            info.put("detail_info", detail);
            return wechat.addAddress(Map.of("name", "退货地址", "address_info", info, "recv_addr", true));
        });
        return act("acceptapply", c.refundId(), Map.of("after_sale_order_id", c.refundId(), "address_id", addressId,
                "accept_type", 1)).doneAlreadyWhen(STATUS_INVALID);
    }

    @Override
    public boolean returnAgreed(AgreeReturn c) {
        String status = wechat.afterSale(c.refundId()).status();
        return WechatStatuses.USER_WAIT_RETURN.equals(status) || WechatStatuses.MERCHANT_WAIT_RECEIPT.equals(status);
    }

    /** Assumed call (no public API; not in the capabilities, so refund-service does not ask on WeChat). */
    @Override
    public DecisionOutcome extendReceipt(ExtendReceipt c) {
        long days = Math.max(1, (c.extension().toHours() + 23) / 24);
        return act("extendreceipttime", c.refundId(), Map.of("after_sale_order_id", c.refundId(), "extend_days", days));
    }

    /** WeChat shows no extension on the after-sale: an unclear extension cannot be confirmed by reading. */
    @Override
    public boolean receiptExtended(ExtendReceipt c) {
        return false;
    }

    @Override
    public DecisionOutcome consignExchange(ConsignExchange c) {
        String courier = c.carrier() == null || c.carrier().isBlank() ? "OTHER" : c.carrier();
        return act("acceptexchangereship", c.refundId(), Map.of("after_sale_order_id", c.refundId(),
                "waybill_id", c.trackingNo(), "delivery_id", courier)).doneAlreadyWhen(STATUS_INVALID);
    }

    @Override
    public boolean exchangeConsigned(ConsignExchange c) {
        String status = wechat.afterSale(c.refundId()).status();
        return WechatStatuses.USER_WAIT_RECEIPT.equals(status) || "MERCHANT_EXCHANGE_SUCCESS".equals(status);
    }

    /** WeChat takes evidence within an after-sale's 纠纷单 only (addcomplaintproof). */
    @Override
    public void checkEvidenceSubject(UploadEvidence c) {
        disputeOf(c.caseRef());
    }

    @Override
    public DecisionOutcome uploadEvidence(UploadEvidence c) {
        String complaintId = disputeOf(c.caseRef());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("complaint_id", complaintId);
        body.put("content", c.note() == null || c.note().isBlank() ? "商家举证" : c.note());
        body.put("media_id_list", references(c.evidence()));
        return wechat.act(AFTERSALE + "addcomplaintproof", c.caseRef(), body);
    }

    @Override
    public boolean evidenceUploaded(UploadEvidence c) {
        return wechat.dispute(disputeOf(c.caseRef())).historyMedia().containsAll(references(c.evidence()));
    }

    /** Assumed call: order complaints (投诉) have no public API. */
    @Override
    public DecisionOutcome answerComplaint(AnswerComplaint c) {
        if (!offered.contains(c.answer() == ComplaintAnswer.ACCEPT ? PlatformAction.ACCEPT_COMPLAINT
                : PlatformAction.REJECT_COMPLAINT)) {
            return DecisionOutcome.notOffered(c.complaintId(), "a complaint answer has no public WeChat call and is "
                    + "not declared for this shop: a person answers in the shop's back office");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_complaint_id", c.complaintId());
        body.put("answer", c.answer() == ComplaintAnswer.ACCEPT ? 1 : 2);
        body.put("compensation_amount", c.compensationFen());
        body.put("content", c.note() == null ? "" : c.note());
        return wechat.act("/channels/ec/ordercomplaint/answer", c.complaintId(), body).doneAlreadyWhen(STATUS_INVALID);
    }

    @Override
    public boolean complaintAnswered(AnswerComplaint c) {
        int answer = wechat.orderComplaint(c.complaintId()).merchantAnswer();
        return answer == (c.answer() == ComplaintAnswer.ACCEPT ? 1 : 2);
    }

    /** Assumed call: WeChat has no after-sale chat for the merchant. */
    @Override
    public void sendMessage(SendBuyerMessage c) {
        if (!offered.contains(PlatformAction.SEND_BUYER_MESSAGE)) {
            throw new WechatApiException(DecisionOutcome.NOT_OFFERED, "no public WeChat call writes to the buyer");
        }
        DecisionOutcome sent = act("sendmessage", c.refundId(), Map.of("after_sale_order_id", c.refundId(),
                "content", c.text()));
        if (!sent.succeeded()) {
            throw new WechatApiException(sent.code(), sent.message());
        }
    }

    private DecisionOutcome act(String action, String afterSaleId, Map<String, Object> body) {
        return wechat.act(AFTERSALE + action, afterSaleId, body);
    }

    /** The 纠纷单 of the after-sale; an after-sale without one takes no evidence (refused before any upload). */
    private String disputeOf(String caseRef) {
        WechatAfterSale a = wechat.afterSale(caseRef);
        if (!a.disputed()) {
            throw new WechatApiException(NO_DISPUTE, "after-sale " + caseRef + " has no 纠纷单: WeChat takes evidence "
                    + "within a dispute only");
        }
        return a.complaintId();
    }

    /** Evidence as WeChat media IDs: the sandbox takes {@code KIND:reference} as they are (wechat.md §3). */
    static List<String> references(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.kind().name() + ":" + e.reference().trim()).toList();
    }
}
