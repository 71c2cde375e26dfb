package com.refundpilot.refund.adapter.out.mongo;

import com.refundpilot.refund.domain.ShopPolicy;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A shop's own policy, {@code _id = PLATFORM:shopId}; shops without one use the defaults. */
@Document("shop_policies")
public record ShopPolicyDocument(@Id String shopKey, ShopPolicy policy, Instant updatedAt) {

    public static String keyOf(String platform, String shopId) {
        return platform + ":" + shopId;
    }
}
