package com.refundpilot.sandbox;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox running on a random port, on the shared test clock, pushing to the stub receiver.
 * Every integration test class extends this one so they all share a single application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sandbox.taobao.sweep-interval=PT0.05S")
@ContextConfiguration(initializers = VirtualClockInitializer.class)
public abstract class SandboxIntegrationTest {

    public static final String WEBHOOK_PATH = "/webhooks/taobao";
    public static final String TRACKING_PATH = "/tracking/sandbox";

    protected static final StubReceiver STUB = StubReceiver.INSTANCE;
    protected static final MutableClock CLOCK = VirtualClockInitializer.CLOCK;

    @LocalServerPort
    int port;

    protected Http http;

    @DynamicPropertySource
    static void pushTargets(DynamicPropertyRegistry registry) {
        registry.add("sandbox.taobao.webhook-url", () -> STUB.url(WEBHOOK_PATH));
        registry.add("sandbox.courier.push-url", () -> STUB.url(TRACKING_PATH));
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    /** Tests share one sandbox, so each one makes its own IDs. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
