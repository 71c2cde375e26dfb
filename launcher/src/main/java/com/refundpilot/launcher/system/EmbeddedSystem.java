package com.refundpilot.launcher.system;

import com.refundpilot.launcher.infra.EmbeddedInfrastructure;
import com.refundpilot.launcher.infra.FreePorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system in one JVM: a real Kafka broker (KRaft), a Mongo-wire store, the sandbox and the five
 * services, each its own Spring context on its own port, wired exactly as separate processes would be
 * (Kafka, Mongo and HTTP only). Stops in reverse order.
 */
public final class EmbeddedSystem implements AutoCloseable {

    /** How to start: where data lives, fixed or free ports, and an optional clock shared by every context. */
    public record Options(Path dataDir, boolean inMemory, boolean freePorts, Clock sharedClock,
            List<String> extraArgs) {

        public static Options defaults() {
            return new Options(EmbeddedInfrastructure.DEFAULT_DATA_DIR, false, false, null, List.of());
        }
    }

    /**
     * Every Spring start in this JVM, of any system, holds this: Spring Boot resets and re-reads the JVM's one
     * logback at each start, and a restart in one system during a start in another left logback without the
     * masking converter ("no conversion supplier registered for conversion word [maskedMsg]"), and the restarted
     * service down.
     */
    private static final Object SPRING_STARTS = new Object();

    private final EmbeddedInfrastructure infrastructure;
    private final Options options;
    private final Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
    private final Map<ServiceSpec, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
    private long startMillis;

    private EmbeddedSystem(EmbeddedInfrastructure infrastructure, Options options) {
        this.infrastructure = infrastructure;
        this.options = options;
    }

    public static EmbeddedSystem start(Options options) {
        long started = System.nanoTime();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.builder()
                .dataDir(options.dataDir())
                .inMemory(options.inMemory())
                .kafkaPort(options.freePorts() ? 0 : 9092)
                .mongoPort(options.freePorts() ? 0 : 27017)
                .build()
                .start();
        var system = new EmbeddedSystem(infrastructure, options);
        try {
            List<Integer> free = options.freePorts() ? FreePorts.reserve("localhost", SystemLayout.ALL.size()) : null;
            for (int i = 0; i < SystemLayout.ALL.size(); i++) {
                ServiceSpec spec = SystemLayout.ALL.get(i);
                system.ports.put(spec, free != null ? free.get(i) : spec.defaultPort());
            }
            for (ServiceSpec spec : SystemLayout.ALL) {
                system.contexts.put(spec, system.startApplication(spec, options));
            }
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        system.startMillis = (System.nanoTime() - started) / 1_000_000;
        return system;
    }

    private ConfigurableApplicationContext startApplication(ServiceSpec spec, Options options) {
        List<String> args = new ArrayList<>();
        // Command-line arguments outrank each application's own <name>.yml.
        args.add("--server.port=" + ports.get(spec));
        args.add("--logging.config=classpath:launcher-logback.xml");
        if (spec.usesKafkaAndMongo()) {
            args.add("--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers());
            args.add("--spring.mongodb.uri=" + infrastructure.mongoUri() + "/" + spec.database());
            args.add("--refundpilot.sandbox.base-url=" + url(SystemLayout.SANDBOX));
            // mongo-java-server does not answer the "hello" command the Mongo health check sends.
            args.add("--management.health.mongodb.enabled=false");
            if (spec == SystemLayout.PLATFORM_ADAPTER) {
                args.addAll(SandboxAssumedCalls.platformAdapterArgs());
            }
        } else {
            args.add("--refundpilot.kit.enabled=false");
            args.add("--sandbox.taobao.webhook-url=" + url(SystemLayout.PLATFORM_ADAPTER) + "/webhooks/taobao");
            args.add("--sandbox.courier.push-url=" + url(SystemLayout.LOGISTICS_SERVICE) + "/tracking/sandbox");
        }
        args.addAll(options.extraArgs());
        var builder = new SpringApplicationBuilder(spec.application())
                .properties("spring.config.name=" + spec.name())
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false);
        if (options.sharedClock() != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", options.sharedClock()));
        }
        // A restart runs on the caller's thread (a scenario worker): inside the launcher's jar only this class's
        // loader sees the nested jars (logback's converters, the services), so start with it as context loader.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedSystem.class.getClassLoader());
        try {
            synchronized (SPRING_STARTS) {
                return builder.run(args.toArray(String[]::new));
            }
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    /**
     * Restarts these services as a crash and a redeploy would: each Spring context is closed, then a new one is
     * started on the same port, broker, store and clock (contexts are closed in reverse start order, started in
     * start order). What a service keeps is what it had persisted. The sandbox is the outside world and the
     * infrastructure is not restarted.
     */
    public synchronized void restart(List<ServiceSpec> services) {
        List<ServiceSpec> ordered = SystemLayout.ALL.stream().filter(services::contains).toList();
        for (ServiceSpec spec : ordered) {
            if (!spec.usesKafkaAndMongo()) {
                throw new IllegalArgumentException(spec.name() + " is the outside world, not a service: not restarted");
            }
            if (!contexts.containsKey(spec)) {
                throw new IllegalStateException(spec.name() + " is not running");
            }
        }
        List<ServiceSpec> reversed = new ArrayList<>(ordered);
        java.util.Collections.reverse(reversed);
        for (ServiceSpec spec : reversed) {
            contexts.remove(spec).close();
        }
        for (ServiceSpec spec : ordered) {
            contexts.put(spec, startApplication(spec, options));
        }
    }

    public URI url(ServiceSpec spec) {
        return URI.create("http://localhost:" + ports.get(spec));
    }

    /** The running context of this service; a service whose restart failed has none, and says so. */
    public ConfigurableApplicationContext context(ServiceSpec spec) {
        ConfigurableApplicationContext context = contexts.get(spec);
        if (context == null) {
            throw new IllegalStateException(spec.name() + " is not running (it did not start, or its restart failed)");
        }
        return context;
    }

    public EmbeddedInfrastructure infrastructure() {
        return infrastructure;
    }

    public long startMillis() {
        return startMillis;
    }

    /** What runs where, for the console. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-22s %s%n", "kafka (KRaft)", infrastructure.kafkaBootstrapServers()));
        text.append(String.format("%-22s %s%s%n", "mongo-wire store", infrastructure.mongoUri(),
                infrastructure.isInMemory() ? " (in memory)" : " (data in " + infrastructure.dataDir().toAbsolutePath() + ")"));
        ports.forEach((spec, port) -> text.append(String.format("%-22s %s%s%n", spec.name(), url(spec),
                spec.usesKafkaAndMongo() ? "  (/actuator/health, /actuator/prometheus)" : "  (platforms, courier, ERP)")));
        text.append(String.format("%-22s %s/api/cases/{caseId}   %s/api/tasks%n", "APIs",
                url(SystemLayout.REFUND_SERVICE), url(SystemLayout.NOTIFICATION_SERVICE)));
        return text.toString();
    }

    @Override
    public void close() {
        List<ServiceSpec> reversed = new ArrayList<>(SystemLayout.ALL.stream().filter(contexts::containsKey).toList());
        java.util.Collections.reverse(reversed);
        for (ServiceSpec spec : reversed) {
            try {
                contexts.get(spec).close();
            } catch (RuntimeException e) {
                System.err.println("stopping " + spec.name() + " failed: " + e);
            }
        }
        contexts.clear();
        infrastructure.stop();
    }
}
