package com.refundpilot.sandbox.platform.jd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** jingdong.asc.sync.list: the shop's bills changed in a window of at most a day, oldest change first, in pages. */
class JdSyncListTest extends JdTestSupport {

    private static final String SYNC = "jingdong.asc.sync.list";

    private JsonNode page(Instant begin, Instant end, int pageNumber, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("buId", "shop-1");
        params.put("updateTimeBegin", time(begin));
        params.put("updateTimeEnd", time(end));
        params.put("pageNumber", pageNumber);
        params.put("pageSize", pageSize);
        JsonNode answer = call(SYNC, params);
        assertThat(answer.has("jingdong_asc_sync_list_responce")).as(answer.toString()).isTrue();
        return answer.get("jingdong_asc_sync_list_responce").get("pageResult");
    }

    private List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(bill -> ids.add(bill.get("serviceId").asString()));
        return ids;
    }

    @Test
    void listsTheBillsChangedInTheWindowOldestChangeFirstPageByPage() {
        CLOCK.advance(Duration.ofMinutes(10)); // a window of this test's own
        Instant start = CLOCK.instant();
        String first = openRefund();
        CLOCK.advance(Duration.ofSeconds(5));
        String second = openRefund("RETURN_AND_REFUND", 59900);
        Instant end = CLOCK.instant();

        JsonNode one = page(start, end, 1, 1);
        JsonNode two = page(start, end, 2, 1);

        assertThat(one.get("totalCount").asInt()).isEqualTo(2);
        assertThat(ids(one)).containsExactly(first);
        assertThat(ids(two)).containsExactly(second);
        assertThat(one.get("data").get(0).get("sysVersion").asLong()).as("the bill as query.view shows it")
                .isEqualTo(1);
        assertThat(ids(page(start.plusSeconds(1), end, 1, 50))).containsExactly(second);

        CLOCK.advance(Duration.ofSeconds(5));
        control(first, "close", "");
        assertThat(ids(page(end.plusSeconds(1), CLOCK.instant(), 1, 50))).as("changed again: listed again")
                .containsExactly(first);
    }

    @Test
    void theWindowIsAtMostADayAndPagesHoldAtMostFifty() {
        Instant now = CLOCK.instant();
        Map<String, Object> params = new LinkedHashMap<>(Map.of("updateTimeBegin", time(now.minus(Duration.ofDays(1))),
                "updateTimeEnd", time(now.plusSeconds(1))));
        assertError(call(SYNC, params), "20", "updateTimeEnd");
        params.put("updateTimeEnd", time(now));
        params.put("pageSize", 51);
        assertError(call(SYNC, params), "20", "pageSize");
        assertError(call(SYNC, Map.of("updateTimeBegin", time(now))), "20", "updateTimeEnd");
        assertError(call(SYNC, Map.of("updateTimeBegin", "yesterday", "updateTimeEnd", time(now))), "20",
                "updateTimeBegin");
    }
}
