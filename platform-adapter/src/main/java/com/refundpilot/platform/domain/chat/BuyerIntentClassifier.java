package com.refundpilot.platform.domain.chat;

import com.refundpilot.contracts.vocabulary.BuyerIntent;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a buyer's chat message means from keywords. A stated wish (reship, refund) outweighs a receipt
 * statement; a wish preceded by 不用/不要/别… is no wish; "not received" phrasings are checked before 收到, which
 * they contain. Two wishes at once, or nothing recognisable, is OTHER: a person reads those.
 */
public final class BuyerIntentClassifier {

    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}，。！？、；：～~…“”‘’（）]+");
    private static final List<String> NEGATORS = List.of("不用", "不要", "不需要", "不必", "无需", "没必要", "别");
    private static final List<String> RESHIP = List.of("补发", "补寄", "重新发", "重发", "再发一个", "再寄一个");
    private static final List<String> REFUND = List.of("退款", "退钱", "退全款", "把钱退", "返款");
    private static final List<String> NOT_RECEIVED = List.of("没收到", "没有收到", "未收到", "收不到", "没拿到",
            "没有拿到", "未拿到", "没见到", "没到货", "还没到", "没送到", "不是我签收", "不是本人签收", "没签收", "未签收");
    private static final List<String> RECEIVED = List.of("收到了", "已收到", "收到货", "收到", "签收了", "已签收",
            "拿到了", "到货了");

    private BuyerIntentClassifier() {
    }

    public static BuyerIntent classify(String text) {
        if (text == null || text.isBlank()) {
            return BuyerIntent.OTHER;
        }
        String plain = NOISE.matcher(text).replaceAll("");
        boolean reship = wishes(plain, RESHIP);
        boolean refund = wishes(plain, REFUND);
        if (reship && refund) {
            return BuyerIntent.OTHER;
        }
        if (reship) {
            return BuyerIntent.WANTS_RESHIP;
        }
        if (refund) {
            return BuyerIntent.WANTS_REFUND;
        }
        if (containsAny(plain, NOT_RECEIVED)) {
            return BuyerIntent.NOT_RECEIVED;
        }
        return containsAny(plain, RECEIVED) ? BuyerIntent.RECEIVED : BuyerIntent.OTHER;
    }

    /** True when a keyword occurs at least once without a negator just before it. */
    private static boolean wishes(String text, List<String> keywords) {
        for (String keyword : keywords) {
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                String before = text.substring(Math.max(0, at - 4), at);
                if (NEGATORS.stream().noneMatch(before::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String text, List<String> keywords) {
        return keywords.stream().anyMatch(text::contains);
    }
}
