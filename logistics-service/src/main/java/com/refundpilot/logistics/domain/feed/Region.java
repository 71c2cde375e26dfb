package com.refundpilot.logistics.domain.feed;

import java.util.List;
import java.util.Optional;

/**
 * Where a courier saw a parcel, as province and city in the short form the rest of the system uses ("新疆", not
 * "新疆维吾尔自治区"): the remote-province rule (RS-9) matches province prefixes and the mis-sort check compares
 * provinces, so a suffix must not make the same province look different. The city is kept as the courier wrote it.
 */
public record Region(String province, String city) {

    /** Long names first, so "内蒙古自治区" is not read as a province called "内蒙古自" . */
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省", "市");
    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁",
            "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南",
            "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
            "澳门");

    /**
     * Kuaidi100's {@code areaName}: "province,city[,district]" (e.g. "广东,深圳市"); a single part is a province
     * (a municipality such as "北京市"). Empty when blank.
     */
    public static Optional<Region> ofAreaName(String areaName) {
        if (areaName == null || areaName.isBlank()) {
            return Optional.empty();
        }
        String[] parts = areaName.split("[,，]");
        String province = shortProvince(parts[0].trim());
        if (province.isEmpty()) {
            return Optional.empty();
        }
        String city = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : null;
        return Optional.of(new Region(province, city));
    }

    /**
     * Kdniao's {@code Location}: only when it starts with a province ("广东深圳市", "广东省深圳市", "新疆,乌鲁木齐")
     * is the province known; a bare city ("深圳市", the usual form) is empty: without a city → province table the
     * province is unknown, and a city without its province would be misread by the mis-sort check.
     */
    public static Optional<Region> ofLocation(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        String text = location.trim();
        for (String province : PROVINCES) {
            if (text.startsWith(province)) {
                String rest = text.substring(province.length());
                for (String suffix : SUFFIXES) {
                    if (rest.startsWith(suffix)) {
                        rest = rest.substring(suffix.length());
                        break;
                    }
                }
                rest = rest.replaceFirst("^[,，\\s]+", "").trim();
                return Optional.of(new Region(province, rest.isEmpty() ? null : rest));
            }
        }
        return Optional.empty();
    }

    /** "广东省" → "广东", "新疆维吾尔自治区" → "新疆"; a name that is no province of ours is kept as written. */
    static String shortProvince(String name) {
        for (String province : PROVINCES) {
            if (name.startsWith(province)) {
                String rest = name.substring(province.length());
                if (rest.isEmpty() || SUFFIXES.contains(rest)) {
                    return province;
                }
            }
        }
        return name;
    }
}
