package com.refundpilot.contracts.vocabulary;

import com.refundpilot.contracts.Require;

/** One piece of evidence: its kind and a reference (a URL, a tracking number, a message ID) or a short text. */
public record Evidence(EvidenceKind kind, String reference) {

    public Evidence {
        Require.present(kind, "kind");
        Require.text(reference, "reference");
    }
}
