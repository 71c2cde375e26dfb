package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.TmcMessage;
import java.util.Map;

/**
 * The JD message topic of each change, named by the TMC topic the Taobao wire pushes for it (sandbox assumptions,
 * docs/platform-wire-formats/jd.md §1).
 */
final class JdTopics {

    static final String SERVICE_CREATE = "jos_afs_service_create";
    static final String TRACK_MESSAGE = "jos_afs_track_message";
    static final String FEEDBACK_ANSWER = "jos_afs_feedback_answer";
    static final String REFUND_SUCCESS = "jos_afs_refund_success";

    private static final Map<String, String> BY_TMC = Map.ofEntries(
            Map.entry(TmcMessage.REFUND_CREATED, SERVICE_CREATE),
            Map.entry(TmcMessage.REFUND_BUYER_MODIFY, "jos_afs_service_modify"),
            Map.entry(TmcMessage.REFUND_BUYER_RETURN_GOODS, "jos_afs_service_send_back"),
            Map.entry(TmcMessage.TIMEOUT_CHANGED, "jos_afs_service_expire_change"),
            Map.entry(TmcMessage.TAOBAO_INTERVENED, "jos_afs_jd_intervene"),
            Map.entry(TmcMessage.REFUND_SUCCESS, REFUND_SUCCESS),
            Map.entry(TmcMessage.REFUND_CLOSED, "jos_afs_service_close"),
            Map.entry(TmcMessage.REFUND_CREATE_MESSAGE, TRACK_MESSAGE),
            Map.entry(TmcMessage.NEGOTIATION_ANSWERED, FEEDBACK_ANSWER),
            Map.entry(TmcMessage.COMPLAINT_CREATED, "jos_complaint_create"),
            Map.entry(TmcMessage.COMPLAINT_INTERVENED, "jos_complaint_intervene"),
            Map.entry(TmcMessage.COMPLAINT_DECIDED, "jos_complaint_decide"),
            Map.entry(TmcMessage.COMPLAINT_TIMEOUT_CHANGED, "jos_complaint_expire_change"));

    private JdTopics() {
    }

    /** A change without a JD topic is a gap in this table: fail loudly rather than push nothing. */
    static String of(String tmcTopic) {
        String topic = BY_TMC.get(tmcTopic);
        if (topic == null) {
            throw new IllegalStateException("no JD topic for the change " + tmcTopic);
        }
        return topic;
    }
}
