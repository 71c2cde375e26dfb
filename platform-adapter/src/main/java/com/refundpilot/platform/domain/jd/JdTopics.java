package com.refundpilot.platform.domain.jd;

import java.util.Map;

/**
 * The JD message topics platform-adapter knows (sandbox assumptions: docs/platform-wire-formats/jd.md §1) and what
 * must be read to understand each: the service bill, or the complaint. Unknown topics need nothing and are kept
 * and dropped with a reason.
 */
public final class JdTopics {

    public static final String SERVICE_CREATE = "jos_afs_service_create";
    public static final String SERVICE_MODIFY = "jos_afs_service_modify";
    public static final String SEND_BACK = "jos_afs_service_send_back";
    public static final String EXPIRE_CHANGE = "jos_afs_service_expire_change";
    public static final String JD_INTERVENE = "jos_afs_jd_intervene";
    public static final String REFUND_SUCCESS = "jos_afs_refund_success";
    public static final String SERVICE_CLOSE = "jos_afs_service_close";
    public static final String TRACK_MESSAGE = "jos_afs_track_message";
    public static final String FEEDBACK_ANSWER = "jos_afs_feedback_answer";
    private static final String COMPLAINT_PREFIX = "jos_complaint_";
    public static final String COMPLAINT_CREATE = "jos_complaint_create";
    public static final String COMPLAINT_INTERVENE = "jos_complaint_intervene";
    public static final String COMPLAINT_DECIDE = "jos_complaint_decide";
    public static final String COMPLAINT_EXPIRE_CHANGE = "jos_complaint_expire_change";

    /** What to read before normalizing. */
    public enum Need { NOTHING, BILL, COMPLAINT }

    private static final Map<String, Need> NEEDS = Map.ofEntries(
            Map.entry(SERVICE_CREATE, Need.BILL),
            Map.entry(SERVICE_MODIFY, Need.BILL),
            Map.entry(SEND_BACK, Need.BILL),
            Map.entry(EXPIRE_CHANGE, Need.BILL),
            Map.entry(JD_INTERVENE, Need.BILL),
            Map.entry(REFUND_SUCCESS, Need.BILL),
            Map.entry(SERVICE_CLOSE, Need.BILL),
            Map.entry(TRACK_MESSAGE, Need.BILL),
            Map.entry(FEEDBACK_ANSWER, Need.BILL),
            Map.entry(COMPLAINT_CREATE, Need.COMPLAINT),
            Map.entry(COMPLAINT_INTERVENE, Need.COMPLAINT),
            Map.entry(COMPLAINT_DECIDE, Need.COMPLAINT),
            Map.entry(COMPLAINT_EXPIRE_CHANGE, Need.COMPLAINT));

    private JdTopics() {
    }

    public static Need needOf(String topic) {
        return NEEDS.getOrDefault(topic, Need.NOTHING);
    }

    /** Complaint topics carry a complaintId instead of a serviceId. */
    public static boolean aboutComplaint(String topic) {
        return topic != null && topic.startsWith(COMPLAINT_PREFIX);
    }

    public static String ignoredBecause(String topic) {
        return "unknown topic " + topic;
    }
}
