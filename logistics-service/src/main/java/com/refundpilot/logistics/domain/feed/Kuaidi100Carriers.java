package com.refundpilot.logistics.domain.feed;

import java.util.Map;
import java.util.Optional;

/**
 * Kuaidi100's company codes ({@code lastResult.com}, lower case pinyin) → the carrier codes this system uses (the
 * short codes the sandbox and Kdniao's {@code ShipperCode} use: ZTO, SF, ...). Only the large domestic networks are
 * listed, from Kuaidi100's public company-code list as used by its SDK (unconfirmed against its current list); an
 * unlisted code leaves the parcel's carrier as it was registered rather than renaming it.
 */
public final class Kuaidi100Carriers {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("shunfeng", "SF"),
            Map.entry("zhongtong", "ZTO"),
            Map.entry("yuantong", "YTO"),
            Map.entry("shentong", "STO"),
            Map.entry("yunda", "YD"),
            Map.entry("jd", "JD"),
            Map.entry("ems", "EMS"),
            Map.entry("youzhengguonei", "YZPY"),
            Map.entry("huitongkuaidi", "HTKY"),
            Map.entry("jtexpress", "JTSD"),
            Map.entry("debangkuaidi", "DBL"),
            Map.entry("debangwuliu", "DBL"));

    private Kuaidi100Carriers() {
    }

    public static Optional<String> carrierOf(String com) {
        return com == null ? Optional.empty() : Optional.ofNullable(CODES.get(com.trim().toLowerCase()));
    }
}
