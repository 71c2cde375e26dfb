package com.refundpilot.platform.domain.taobao;

import java.util.List;

/** One message of {@code taobao.refund.messages.get}; {@code ownerRole} "1" buyer, "2" seller, "3" platform staff. */
public record TaobaoChatMessage(long id, String ownerRole, String content, List<String> picUrls, String created) {

    public static final String BUYER = "1";

    public TaobaoChatMessage {
        picUrls = picUrls == null ? List.of() : List.copyOf(picUrls);
    }

    public boolean fromBuyer() {
        return BUYER.equals(ownerRole);
    }
}
