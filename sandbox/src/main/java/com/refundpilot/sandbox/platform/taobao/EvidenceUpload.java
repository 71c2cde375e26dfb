package com.refundpilot.sandbox.platform.taobao;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** An evidence pack (举证) the merchant uploaded for a refund or a complaint; never empty. */
public record EvidenceUpload(long id, List<Item> evidence, String note, Instant at) {

    /** One piece: its kind (the merchant's own word, e.g. SIGNING_PROOF) and a reference (URL, waybill, text). */
    public record Item(String kind, String reference) {
        String wire() {
            return kind + ":" + reference;
        }
    }

    /** The {@code evidence} parameter as sent: {@code KIND:reference} entries, comma-separated. */
    String wire() {
        return evidence.stream().map(Item::wire).collect(Collectors.joining(","));
    }
}
