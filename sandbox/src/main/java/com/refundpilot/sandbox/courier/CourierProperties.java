package com.refundpilot.sandbox.courier;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sandbox.courier.*}: where tracking pushes go (the logistics-service). */
@ConfigurationProperties("sandbox.courier")
public record CourierProperties(@DefaultValue("http://localhost:8084/tracking/sandbox") URI pushUrl) {
}
