package com.refundpilot.refund.adapter.in.web;

import com.refundpilot.contracts.vocabulary.Platform;
import com.refundpilot.kit.web.Problems;
import com.refundpilot.refund.application.ShopPolicies;
import com.refundpilot.refund.domain.RefundOn;
import com.refundpilot.refund.domain.ShopPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's SOP policy (refund-sop-spec §10): read the effective one, or replace it. Fields left out of a PUT
 * take the defaults. Every invalid value is a 400 problem naming its field; nothing is stored then.
 */
@RestController
@RequestMapping("/api/shops/{platform}/{shopId}/policy")
public class ShopPolicyController {

    /** The policy as the API shows and takes it: durations ISO-8601, the cut-off as HH:mm. */
    public record PolicyBody(Long highValueThresholdFen, String decisionMargin, String lastResortMargin,
            String automationGrace, String refundOn, String labelPrintCutoff, ReturnAddressBody returnAddress,
            Integer customMadeRetainPercent, Integer resaleDeductionPercent) {

        static PolicyBody of(ShopPolicy p) {
            return new PolicyBody(p.highValueThresholdFen(), p.decisionMargin().toString(),
                    p.lastResortMargin().toString(), p.automationGrace().toString(), p.refundOn().name(),
                    p.labelPrintCutoff().toString(), new ReturnAddressBody(p.returnAddress().province(),
                            p.returnAddress().city()), p.customMadeRetainPercent(), p.resaleDeductionPercent());
        }
    }

    public record ReturnAddressBody(String province, String city) {
    }

    /** The answer: the effective policy and whether it is the shop's own or the defaults. */
    public record PolicyView(String platform, String shopId, String source, PolicyBody policy) {
    }

    private final ShopPolicies policies;

    public ShopPolicyController(ShopPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    public PolicyView get(@PathVariable String platform, @PathVariable String shopId) {
        String p = platform(platform);
        return policies.ownPolicy(p, shopId)
                .map(own -> new PolicyView(p, shopId, "SHOP", PolicyBody.of(own)))
                .orElseGet(() -> new PolicyView(p, shopId, "DEFAULT", PolicyBody.of(policies.defaults())));
    }

    @PutMapping
    public PolicyView put(@PathVariable String platform, @PathVariable String shopId, @RequestBody PolicyBody body) {
        String p = platform(platform);
        ShopPolicy d = policies.defaults();
        ShopPolicy policy;
        try {
            ShopPolicy.ReturnAddress address = d.returnAddress();
            if (body.returnAddress() != null) {
                if (isBlank(body.returnAddress().province()) || isBlank(body.returnAddress().city())) {
                    throw Problems.badRequest("returnAddress", "returnAddress needs both province and city");
                }
                address = new ShopPolicy.ReturnAddress(body.returnAddress().province(), body.returnAddress().city());
            }
            policy = new ShopPolicy(
                    body.highValueThresholdFen() == null ? d.highValueThresholdFen() : body.highValueThresholdFen(),
                    parse("decisionMargin", body.decisionMargin(), Duration::parse, d.decisionMargin()),
                    parse("lastResortMargin", body.lastResortMargin(), Duration::parse, d.lastResortMargin()),
                    parse("automationGrace", body.automationGrace(), Duration::parse, d.automationGrace()),
                    parse("refundOn", body.refundOn(), RefundOn::valueOf, d.refundOn()),
                    parse("labelPrintCutoff", body.labelPrintCutoff(), LocalTime::parse, d.labelPrintCutoff()),
                    address,
                    body.customMadeRetainPercent() == null ? d.customMadeRetainPercent() : body.customMadeRetainPercent(),
                    body.resaleDeductionPercent() == null ? d.resaleDeductionPercent() : body.resaleDeductionPercent());
        } catch (ShopPolicy.InvalidPolicyException e) {
            throw Problems.badRequest(e.field(), e.getMessage());
        }
        policies.save(p, shopId, policy);
        return new PolicyView(p, shopId, "SHOP", PolicyBody.of(policy));
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, T fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw Problems.badRequest(field, field + ": cannot read '" + value + "' (" + e.getMessage() + ")");
        }
    }

    private static String platform(String value) {
        try {
            return Platform.valueOf(value.toUpperCase(java.util.Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("platform", "unknown platform '" + value + "' (one of "
                    + Arrays.toString(Platform.values()) + ")");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
