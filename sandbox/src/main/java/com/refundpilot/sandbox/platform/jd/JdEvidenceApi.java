package com.refundpilot.sandbox.platform.jd;

import com.refundpilot.sandbox.platform.taobao.EvidenceUpload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * {@code jingdong.asc.evidence.upload} (a sandbox method: JD takes evidence in its back office): one pack for a
 * service bill ({@code serviceId}) or a complaint ({@code complaintId}), exactly one of the two.
 */
@Service
class JdEvidenceApi {

    static final String UPLOAD = "jingdong.asc.evidence.upload";

    private final JdServiceApi services;
    private final JdComplaintApi complaints;

    JdEvidenceApi(JdServiceApi services, JdComplaintApi complaints) {
        this.services = services;
        this.complaints = complaints;
    }

    Map<String, Object> upload(String shopId, JdParams p) {
        Optional<String> serviceId = p.text("serviceId");
        Optional<String> complaintId = p.text("complaintId");
        if (serviceId.isPresent() == complaintId.isPresent()) {
            throw JdApiException.badParameter("serviceId", "give serviceId or complaintId, exactly one");
        }
        List<EvidenceUpload.Item> items = p.evidence("evidence");
        if (items.isEmpty()) {
            throw JdApiException.badParameter("evidence", "is required (KIND:reference entries)");
        }
        String note = p.text("note").orElse("");
        return serviceId.isPresent() ? services.uploadEvidence(UPLOAD, shopId, serviceId.get(), items, note)
                : complaints.uploadEvidence(UPLOAD, shopId, complaintId.get(), items, note);
    }
}
