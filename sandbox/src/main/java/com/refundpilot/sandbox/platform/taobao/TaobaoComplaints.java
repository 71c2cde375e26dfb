package com.refundpilot.sandbox.platform.taobao;

import com.refundpilot.sandbox.common.ConflictException;
import com.refundpilot.sandbox.common.UnknownResourceException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The platform's complaint book, in memory. */
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

    public TaobaoComplaint get(String complaintId) {
        return find(complaintId).orElseThrow(() -> new UnknownResourceException("complaint", complaintId));
    }

    public Optional<TaobaoComplaint> findForShop(String complaintId, String shopId) {
        return find(complaintId).filter(c -> c.shopId().equals(shopId));
    }
}
