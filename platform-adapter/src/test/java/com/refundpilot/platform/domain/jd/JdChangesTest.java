package com.refundpilot.platform.domain.jd;

import static org.assertj.core.api.Assertions.assertThat;

import com.refundpilot.platform.domain.reconcile.ChangeKind;
import com.refundpilot.platform.domain.reconcile.Mark;
import com.refundpilot.platform.domain.reconcile.RefundState;
import com.refundpilot.platform.domain.reconcile.RefundWatermark;
import com.refundpilot.platform.wire.jd.JdJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a bill listed by jingdong.asc.sync.list says is missing, given what the accepted messages told. */
class JdChangesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Mark mark(String topic, String stage, long version, Instant modified) {
        return new Mark(topic, new RefundState(stage, version, modified, 0), "JD:" + topic, T0);
    }

    private static String missed(RefundState listed, Mark... marks) {
        return JdChanges.missedTopic(listed, new RefundWatermark(List.of(marks)), m -> true).orElse("nothing");
    }

    private static JdBill bill(int step, String extra) {
        return JdJson.bill(JSON.readTree("{\"serviceId\":\"J1\",\"orderId\":\"O1\",\"buId\":\"shop-j\","
                + "\"customerExpect\":10,\"afsServiceStep\":" + step + ",\"sysVersion\":3,\"applyRefundSum\":\"599.00\","
                + "\"modifiedTime\":\"2026-12-01 16:00:00\"" + extra + "}"), "data.");
    }

    @Test
    void theBillsStageReadsTheStepWithTheWaybillTheRefundAndTheStaff() {
        assertThat(JdChanges.stateOf(bill(22, ""))).isEqualTo(new RefundState(JdChanges.AUDIT, 3, T0, 0));
        assertThat(JdChanges.stateOf(bill(32, "")).status()).isEqualTo("WAITING_RETURN");
        assertThat(JdChanges.stateOf(bill(32, ",\"returnExpress\":{\"expressCode\":\"SF1\"}")).status())
                .isEqualTo(JdChanges.RETURN_ON_ITS_WAY);
        assertThat(JdChanges.stateOf(bill(50, ",\"refundSum\":\"599.00\"")).status()).isEqualTo(JdChanges.REFUNDED);
        assertThat(JdChanges.stateOf(bill(50, ",\"refundSum\":\"0.00\"")).status()).as("an exchange done")
                .isEqualTo("DONE");
        assertThat(JdChanges.stateOf(bill(22, ",\"jdIntervene\":{\"interveneStatus\":1}")).csStatus()).isEqualTo(3);
        assertThat(JdChanges.stateOf(bill(60, ",\"jdIntervene\":{\"interveneStatus\":2,\"judgeResult\":1}"))
                .csStatus()).isEqualTo(6);
    }

    @Test
    void aRequestNeverPushedIsMissingItsCreationAndANewVersionItsModification() {
        RefundState v1 = new RefundState(JdChanges.AUDIT, 1, T0, 0);
        RefundState v2 = new RefundState(JdChanges.AUDIT, 2, T0.plusSeconds(60), 0);
        Mark created = mark(JdTopics.SERVICE_CREATE, JdChanges.AUDIT, 1, T0);

        assertThat(missed(v1)).isEqualTo(JdTopics.SERVICE_CREATE);
        assertThat(missed(v1, created)).isEqualTo("nothing");
        assertThat(missed(v2, created)).isEqualTo(JdTopics.SERVICE_MODIFY);
        assertThat(missed(v2, created, mark(JdTopics.FEEDBACK_ANSWER, JdChanges.AUDIT, 2, T0.plusSeconds(60))))
                .as("an answered 协商 tells its own new version").isEqualTo("nothing");
        assertThat(missed(new RefundState(JdChanges.AUDIT, 1, T0.plusSeconds(60), 0), created))
                .as("a later modification at the same version: the deadline moved").isEqualTo(JdTopics.EXPIRE_CHANGE);
        assertThat(missed(new RefundState(JdChanges.AUDIT, 1, T0.plusSeconds(60), 3), created))
                .isEqualTo(JdTopics.JD_INTERVENE);
    }

    @Test
    void theReturnThePaymentAndTheCloseAreEachToldOnce() {
        Mark created = mark(JdTopics.SERVICE_CREATE, JdChanges.AUDIT, 1, T0);
        RefundState sent = new RefundState(JdChanges.RETURN_ON_ITS_WAY, 3, T0.plusSeconds(60), 0);
        RefundState refunded = new RefundState(JdChanges.REFUNDED, 4, T0.plusSeconds(120), 0);

        assertThat(missed(sent, created)).isEqualTo(JdTopics.SEND_BACK);
        assertThat(missed(sent, created, mark(JdTopics.SEND_BACK, JdChanges.RETURN_ON_ITS_WAY, 3, T0.plusSeconds(60))))
                .isEqualTo("nothing");
        assertThat(missed(refunded, created)).isEqualTo(JdTopics.REFUND_SUCCESS);
        assertThat(missed(refunded, created, mark(JdTopics.REFUND_SUCCESS, JdChanges.REFUNDED, 4,
                T0.plusSeconds(120)))).isEqualTo("nothing");
        assertThat(missed(new RefundState(JdChanges.CANCELLED, 2, T0.plusSeconds(60), 0), created))
                .isEqualTo(JdTopics.SERVICE_CLOSE);
    }

    @Test
    void stagesNothingPushesAreNeverMissing() {
        Mark created = mark(JdTopics.SERVICE_CREATE, JdChanges.AUDIT, 1, T0);
        assertThat(missed(new RefundState("STEP_20", 2, T0.plusSeconds(60), 0), created)).isEqualTo("nothing");
        assertThat(missed(new RefundState("WAITING_RETURN", 2, T0.plusSeconds(60), 0), created)).isEqualTo("nothing");
        assertThat(missed(new RefundState("DONE", 4, T0.plusSeconds(60), 0), created)).isEqualTo("nothing");
    }

    @Test
    void aMessageObservesItsBillAndATrackMessageSaysNothingOfTheState() {
        var observed = JdChanges.observed(JdTopics.SEND_BACK, "other", bill(32,
                ",\"returnExpress\":{\"expressCode\":\"SF1\"}")).orElseThrow();
        assertThat(observed.shopId()).isEqualTo("shop-j");
        assertThat(observed.kind()).isEqualTo(ChangeKind.ONCE);
        assertThat(JdChanges.observed(JdTopics.TRACK_MESSAGE, "shop-j", bill(22, ""))).isEmpty();
        assertThat(JdChanges.observed(JdTopics.COMPLAINT_CREATE, "shop-j", bill(22, ""))).isEmpty();
    }

    @Test
    void theSyncListsPageSkipsWhatIsNotABillAndCountsWhatFollows() {
        var page = JdJson.billPage(JSON.readTree("{\"totalCount\":3,\"data\":[{\"serviceId\":\"J1\",\"orderId\":\"O1\","
                + "\"customerExpect\":90,\"afsServiceStep\":22,\"sysVersion\":1,\"applyRefundSum\":\"5.00\"},"
                + "{\"serviceId\":\"J2\"}]}"), 1, 2);

        assertThat(page.changes()).extracting(JdBill::serviceId).containsExactly("J1");
        assertThat(page.hasNext()).isTrue();
        assertThat(JdJson.billPage(JSON.readTree("{\"totalCount\":2,\"data\":[]}"), 1, 2).hasNext()).isFalse();
    }
}
