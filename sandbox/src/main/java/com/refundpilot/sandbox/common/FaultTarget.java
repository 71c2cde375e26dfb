package com.refundpilot.sandbox.common;

import java.util.Arrays;
import java.util.Optional;

/** An open API of the outside world that faults can be injected into, by the path its merchant calls use. */
public enum FaultTarget {
    TAOBAO("taobao", "/router/rest"),
    COURIER("courier", "/courier/api/"),
    ERP("erp", "/erp/api/");

    private final String id;
    private final String pathPrefix;

    FaultTarget(String id, String pathPrefix) {
        this.id = id;
        this.pathPrefix = pathPrefix;
    }

    public String id() {
        return id;
    }

    static Optional<FaultTarget> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    static Optional<FaultTarget> ofPath(String path) {
        return Arrays.stream(values()).filter(t -> path.startsWith(t.pathPrefix)).findFirst();
    }
}
