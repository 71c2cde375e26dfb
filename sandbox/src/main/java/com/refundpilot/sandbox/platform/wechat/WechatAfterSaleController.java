package com.refundpilot.sandbox.platform.wechat;

import com.refundpilot.sandbox.platform.taobao.RefundSnapshot;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WeChat Channels shop's open API for after-sales (docs/platform-wire-formats/wechat.md §2–3): every call
 * {@code POST …?access_token=…} with a JSON body, answered HTTP 200 with {@code errcode} 0 or a refusal. Paths marked
 * "assumed" have no public counterpart.
 */
@RestController
class WechatAfterSaleController {

    private final WechatGate gate;
    private final WechatAfterSaleActions actions;
    private final WechatAddressBook addresses;
    private final WechatAfterSaleList list;
    private final Clock clock;

    WechatAfterSaleController(WechatGate gate, WechatAfterSaleActions actions, WechatAddressBook addresses,
            WechatAfterSaleList list, Clock clock) {
        this.gate = gate;
        this.actions = actions;
        this.addresses = addresses;
        this.list = list;
        this.clock = clock;
    }

    @PostMapping("/channels/ec/aftersale/getaftersalelist")
    Map<String, Object> list(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return list.list(gate.admit(request, body));
    }

    @PostMapping("/channels/ec/aftersale/getaftersaleorder")
    Map<String, Object> afterSale(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        RefundSnapshot refund = gate.refund(read.requiredText("after_sale_order_id")).snapshot();
        return WechatAfterSaleActions.ok("after_sale_order", WechatJson.afterSale(refund, clock.instant()));
    }

    @PostMapping("/channels/ec/aftersale/getcomplaintorder")
    Map<String, Object> dispute(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        RefundSnapshot refund = gate.disputed(read.requiredText("complaint_id")).snapshot();
        Map<String, Object> out = new LinkedHashMap<>(WechatAfterSaleActions.ok());
        out.putAll(WechatJson.dispute(refund));
        return out;
    }

    @PostMapping("/channels/ec/order/get")
    Map<String, Object> order(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        return WechatAfterSaleActions.ok("order", WechatJson.order(gate.anyRefundOfOrder(read.requiredText("order_id"))
                .snapshot().terms()));
    }

    /** Assumed: the after-sale's chat, oldest first. */
    @PostMapping("/channels/ec/aftersale/getmessagelist")
    Map<String, Object> messages(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody read = gate.admit(request, body);
        RefundSnapshot refund = gate.refund(read.requiredText("after_sale_order_id")).snapshot();
        return WechatAfterSaleActions.ok("message_list", WechatJson.messages(refund));
    }

    @PostMapping("/channels/ec/aftersale/acceptapply")
    Map<String, Object> accept(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.accept(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    @PostMapping("/channels/ec/aftersale/rejectapply")
    Map<String, Object> reject(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.reject(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    @PostMapping("/channels/ec/aftersale/merchantupdateaftersale")
    Map<String, Object> negotiate(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.negotiate(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    @PostMapping("/channels/ec/aftersale/acceptexchangereship")
    Map<String, Object> shipExchange(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.shipExchange(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    @PostMapping("/channels/ec/aftersale/addcomplaintproof")
    Map<String, Object> addProof(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.addProof(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    /** Assumed: the merchant writes to the buyer. */
    @PostMapping("/channels/ec/aftersale/sendmessage")
    Map<String, Object> sendMessage(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.sendMessage(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    /** Assumed: 延长收货时间. */
    @PostMapping("/channels/ec/aftersale/extendreceipttime")
    Map<String, Object> extendReceipt(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        actions.extendReceipt(gate.admit(request, body));
        return WechatAfterSaleActions.ok();
    }

    /** merchant/address/add: the return address acceptapply names by its ID. */
    @PostMapping("/channels/ec/merchant/address/add")
    Map<String, Object> addAddress(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        WechatBody detail = gate.admit(request, body).requiredObject("address_detail");
        WechatBody info = detail.requiredObject("address_info");
        String id = addresses.add(new WechatAddressBook.Address(info.requiredText("province_name"),
                info.requiredText("city_name"), Objects.requireNonNullElse(info.optionalText("county_name"), ""),
                Objects.requireNonNullElse(info.optionalText("detail_info"), ""), info.optionalText("user_name"),
                info.optionalText("tel_number")));
        return WechatAfterSaleActions.ok("address_id", id);
    }
}
