package com.refundpilot.notification.domain.report;

import com.refundpilot.contracts.vocabulary.RefundReason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The supervisor's few lines: the figures that need a look first (losses, platform auto-refunds). */
public final class SupervisorSummary {

    private static final Map<RefundReason, String> REASONS = new EnumMap<>(Map.ofEntries(
            Map.entry(RefundReason.NO_REASON_7D, "7天无理由"),
            Map.entry(RefundReason.NOT_AS_DESCRIBED, "与描述不符"),
            Map.entry(RefundReason.QUALITY, "质量问题"),
            Map.entry(RefundReason.DAMAGED, "破损"),
            Map.entry(RefundReason.NOT_RECEIVED, "未收到货"),
            Map.entry(RefundReason.MISSING_ITEM, "少件/漏发"),
            Map.entry(RefundReason.WRONG_ITEM_SENT, "发错货"),
            Map.entry(RefundReason.SHIPPING_FEE, "退运费"),
            Map.entry(RefundReason.INVOICE, "发票问题"),
            Map.entry(RefundReason.OUT_OF_STOCK, "缺货"),
            Map.entry(RefundReason.LATE_SHIPMENT, "未按约定时间发货"),
            Map.entry(RefundReason.ORDERED_BY_MISTAKE, "拍错/多拍"),
            Map.entry(RefundReason.NOT_WANTED, "不想要了"),
            Map.entry(RefundReason.OTHER, "其他")));

    private SupervisorSummary() {
    }

    public static String text(DailyReport report) {
        Figures f = report.shop();
        StringBuilder text = new StringBuilder();
        text.append("【售后日报】").append(report.platform()).append(" 店铺 ").append(report.shopId()).append(" · ")
                .append(report.date()).append("(").append(report.timeZone()).append(")\n");
        text.append("退款申请:").append(f.requests().count()).append(" 笔,共 ").append(yuan(f.requests().amountFen()))
                .append(" 元\n");
        text.append("退款:").append(f.refunds().count()).append(" 笔,共 ").append(yuan(f.refunds().amountFen()))
                .append(" 元;自动通过率 ").append(percent(f.refunds().autoApprovalRate())).append(";退款时长中位数 ")
                .append(duration(f.refunds().medianTimeToRefundSeconds())).append('\n');
        if (!f.refunds().byReason().isEmpty()) {
            text.append("退款原因:").append(f.refunds().byReason().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> reasonLabel(e.getKey()) + " " + e.getValue()).collect(Collectors.joining("、")))
                    .append('\n');
        }
        text.append("钱货两空:").append(f.losses().count()).append(" 笔,").append(yuan(f.losses().amountFen()))
                .append(" 元").append(f.losses().count() > 0 ? " ⚠ 请核查" : "").append('\n');
        text.append("平台超时自动退款:").append(f.platformAutoRefunds().count()).append(" 笔")
                .append(f.platformAutoRefunds().count() > 0 ? " ⚠ 请核查" : "").append('\n');
        text.append("拦截:申请 ").append(f.intercepts().requested()).append(",成功 ").append(f.intercepts().succeeded())
                .append(",失败 ").append(f.intercepts().failed()).append(",成功率 ")
                .append(percent(f.intercepts().successRate())).append('\n');
        text.append("索赔:新建 ").append(f.claims().filed()).append(",赔付 ").append(f.claims().compensated())
                .append("(").append(yuan(f.claims().compensatedFen())).append(" 元),驳回 ")
                .append(f.claims().rejected()).append(",未结 ").append(f.claims().open());
        report.skus().stream().filter(s -> s.figures().refunds().count() > 0).findFirst().ifPresent(top -> text
                .append("\n退款最多的 SKU:").append(top.sku()).append("(").append(top.figures().refunds().count())
                .append(" 笔,").append(yuan(top.figures().refunds().amountFen())).append(" 元)"));
        return text.toString();
    }

    static String reasonLabel(String reason) {
        try {
            return REASONS.get(RefundReason.valueOf(reason));
        } catch (IllegalArgumentException unknown) {
            return "未知";
        }
    }

    static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format("%.1f%%", rate * 100);
    }

    static String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        Duration d = Duration.ofSeconds(seconds);
        if (d.toHours() > 0) {
            return d.toHours() + "小时" + d.toMinutesPart() + "分";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "分" + d.toSecondsPart() + "秒";
        }
        return seconds + "秒";
    }
}
