package com.refundpilot.refund.application;

import com.refundpilot.refund.adapter.out.mongo.CaseIndexDocument;
import com.refundpilot.refund.adapter.out.mongo.CaseRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads cases for the API: by case ID, or by the platform's refund ID. */
@Service
public class CaseQueries {

    private final CaseRepository repository;

    public CaseQueries(CaseRepository repository) {
        this.repository = repository;
    }

    public Optional<CaseView> byId(String caseId) {
        return repository.findIndex(caseId).flatMap(this::load);
    }

    public List<CaseView> byPlatformRefundId(String platformRefundId, String platform, String shopId) {
        return repository.findByPlatformRefundId(platformRefundId, platform, shopId).stream()
                .map(this::load).flatMap(Optional::stream).toList();
    }

    private Optional<CaseView> load(CaseIndexDocument index) {
        return repository.findOrderFile(index.orderKey()).flatMap(document -> document.file().findCase(index.caseId())
                .map(c -> CaseView.of(document.file(), c))
                .or(() -> document.file().complaint(index.caseId()).map(c -> CaseView.of(document.file(), c))));
    }
}
