package com.refundpilot.sandbox.platform.douyin;

import java.util.LinkedHashMap;
import java.util.Map;

/** One message of a push batch: {@code {tag, msg_id, data}}, {@code data} the message's object as a JSON string. */
record DouyinMessage(DouyinTag tag, String msgId, String data) {

    Map<String, Object> wire() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tag", tag.tag());
        out.put("msg_id", msgId);
        out.put("data", data);
        return out;
    }
}
