package com.refundpilot.sandbox.platform.jd;

import java.util.List;

/**
 * The buyer's reason as JD files it: a 问题类型 ID ({@code questionTypeCid1}) and its name. The model holds the
 * platform's reason text (the scenario runner's Taobao-style texts); a text no row names keeps its own words under
 * 1099 其他. The IDs are the sandbox's (docs/platform-wire-formats/jd.md §5).
 */
final class JdReasons {

    record Reason(int cid, String name) {
    }

    /** One row: the cid, JD's name, and the model texts filed under it. */
    private record Row(int cid, String name, List<String> texts) {
    }

    static final int OTHER = 1099;

    private static final List<Row> ROWS = List.of(
            new Row(1001, "7天无理由退货", List.of("7天无理由", "七天无理由")),
            new Row(1002, "商品与描述不符", List.of("描述不符", "商品不符")),
            new Row(1003, "商品质量问题", List.of("质量问题")),
            new Row(1004, "商品破损", List.of("破损")),
            new Row(1005, "未收到货", List.of("未收到货")),
            new Row(1006, "少件/漏发", List.of("少件", "漏发")),
            new Row(1007, "发错货", List.of("发错货")),
            new Row(1008, "退运费", List.of("退运费")),
            new Row(1009, "发票问题", List.of("发票")),
            new Row(1010, "商家缺货", List.of("缺货")),
            new Row(1011, "未按约定时间发货", List.of("未按约定时间发货")),
            new Row(1012, "拍错/多拍", List.of("拍错", "多拍")),
            new Row(1013, "不想要了", List.of("不想要了")),
            new Row(1014, "协商一致", List.of("协商一致")));

    private JdReasons() {
    }

    static Reason of(String modelText) {
        String text = modelText == null ? "" : modelText;
        for (Row row : ROWS) {
            if (row.texts().stream().anyMatch(text::contains)) {
                return new Reason(row.cid(), row.name());
            }
        }
        return new Reason(OTHER, text.isBlank() ? "其他" : text);
    }
}
