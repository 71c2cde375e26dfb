package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import com.refundpilot.sandbox.common.UnknownResourceException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The platforms' complaint book, in memory; like refunds, each platform sees only its own complaints. */
@Component
public class TaobaoComplaints {

    private final Map<String, TaobaoComplaint> complaints = new ConcurrentHashMap<>();

    public TaobaoComplaint add(TaobaoComplaint complaint) {
        if (complaints.putIfAbsent(complaint.complaintId(), complaint) != null) {
            throw new ConflictException("COMPLAINT_EXISTS", "complaint " + complaint.complaintId() + " already exists");
        }
        return complaint;
    }

    public Optional<TaobaoComplaint> find(String complaintId) {
        return Optional.ofNullable(complaints.get(complaintId));
    }

    public TaobaoComplaint get(SandboxPlatform platform, String complaintId) {
        return find(complaintId).filter(c -> c.platform() == platform)
                .orElseThrow(() -> new UnknownResourceException("complaint", complaintId));
    }

    /** TOP's view: the session's shop, and only the platforms that speak TOP. */
    public Optional<TaobaoComplaint> findForShop(String complaintId, String shopId) {
        return find(complaintId).filter(c -> c.shopId().equals(shopId) && c.platform().speaksTop());
    }
}
