package com.refundpilot.launcher.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real, single-node Apache Kafka broker running inside this JVM, in KRaft combined mode (one process is both the
 * broker and the only controller), built from the Apache Kafka jars ({@link KafkaRaftServer}).
 *
 * <p>Storage: either a persistent log directory (topics, records, committed offsets and the cluster id survive a
 * restart on the same directory) or a temporary directory that is deleted by {@link #stop()}. A directory without
 * {@code meta.properties} is formatted first (the equivalent of {@code kafka-storage.sh format}); the controller
 * quorum is static ({@code controller.quorum.voters}), so the broker and controller ports may change between
 * restarts of the same directory.
 *
 * <p>Port {@code 0} means "pick a free port"; the chosen one is exposed by {@link #port()} and
 * {@link #bootstrapServers()} once started. {@link #start()} returns when the broker answers an AdminClient
 * {@code describeCluster} with itself as an unfenced broker. {@link #stop()} is clean and idempotent. An instance can
 * be started again after a stop.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 9092;
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final String host;
    private final int configuredPort;
    private final int configuredControllerPort;
    private final Path persistentLogDir;
    private final Duration startupTimeout;
    private final Map<String, String> overrides;

    private KafkaRaftServer server;
    private Path logDir;
    private int port = -1;
    private int controllerPort = -1;
    private String clusterId;

    private EmbeddedKafkaBroker(Builder builder) {
        this.host = builder.host;
        this.configuredPort = builder.port;
        this.configuredControllerPort = builder.controllerPort;
        this.persistentLogDir = builder.logDir == null ? null : builder.logDir.toAbsolutePath().normalize();
        this.startupTimeout = builder.startupTimeout;
        this.overrides = Map.copyOf(builder.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the log directory if needed, starts the broker+controller and waits until the broker serves clients.
     *
     * @throws IllegalStateException if it is already running, or if the broker does not come up within the timeout
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker already running on " + bootstrapServers());
        }
        InfraLogging.quiet();
        long began = System.nanoTime();
        try {
            logDir = persistentLogDir != null ? persistentLogDir : Files.createTempDirectory("refundpilot-kafka-");
            Files.createDirectories(logDir);
            List<Integer> spare = FreePorts.reserve(host, 2); // two distinct ones, whichever are needed
            port = configuredPort == 0 ? spare.get(0) : requireFree(host, configuredPort, "Kafka client");
            controllerPort = configuredControllerPort == 0
                    ? spare.get(1) : requireFree(host, configuredControllerPort, "Kafka controller");
            clusterId = formatIfNeeded(logDir);

            KafkaConfig config = new KafkaConfig(brokerProperties(), false);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (IOException e) {
            abortStart();
            throw new UncheckedIOException("Cannot start the embedded Kafka broker in " + logDir, e);
        } catch (RuntimeException e) {
            abortStart();
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            abortStart();
            throw new IllegalStateException("Cannot start the embedded Kafka broker in " + logDir, e);
        }
        log.info("Embedded Kafka broker ready on {} (cluster {}, log dir {}{}) in {} ms", bootstrapServers(), clusterId,
                logDir, persistentLogDir == null ? ", in-memory" : "",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return this;
    }

    /** Shuts the broker down cleanly (flushing logs, writing the clean-shutdown marker); no-op when not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer running = server;
        server = null;
        try {
            running.shutdown();
            running.awaitShutdown();
        } finally {
            if (persistentLogDir == null) {
                deleteRecursively(logDir);
            }
            log.info("Embedded Kafka broker on {}:{} stopped", host, port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code host:port} of the client listener; the actual port once started (or the configured one before). */
    public synchronized String bootstrapServers() {
        return host + ":" + port();
    }

    public String host() {
        return host;
    }

    /** The client port: the configured one, or the one picked at the last start when configured as 0. */
    public synchronized int port() {
        return port >= 0 ? port : configuredPort;
    }

    /** The controller (KRaft quorum) port: the configured one, or the one picked at the last start. */
    public synchronized int controllerPort() {
        return controllerPort >= 0 ? controllerPort : configuredControllerPort;
    }

    /** The log directory in use (a temporary one in in-memory mode), or the configured one before the first start. */
    public synchronized Path logDir() {
        return logDir != null ? logDir : persistentLogDir;
    }

    public boolean isInMemory() {
        return persistentLogDir == null;
    }

    /** The KRaft cluster id (kept in {@code meta.properties}); null before the first start. */
    public synchronized String clusterId() {
        return clusterId;
    }

    Map<String, String> brokerProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("listeners", BROKER_LISTENER + "://" + host + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + port);
        props.put("listener.security.protocol.map",
                BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("log.dirs", logDir.toString());
        props.put("metadata.log.dir", logDir.toString());

        // Single node: every internal topic has one replica and needs one in-sync replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("share.coordinator.state.topic.num.partitions", "5");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");

        // After an unclean stop (kill -9) the restarted controller keeps the old broker registration until its
        // session expires, and the broker cannot register before that: 4 s instead of 9 s keeps such a restart short.
        props.put("broker.session.timeout.ms", "4000");
        props.put("broker.heartbeat.interval.ms", "1000");

        // Small footprint on a 2-core machine: fewer threads, a 4 MiB (not 128 MiB) log-cleaner dedupe buffer.
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("background.threads", "4");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");

        props.putAll(overrides);
        return props;
    }

    private String formatIfNeeded(Path dir) throws Exception {
        Path metaProperties = dir.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            return readClusterId(metaProperties);
        }
        String newClusterId = Uuid.randomUuid().toString();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(newClusterId)
                .addDirectory(dir.toString())
                .setMetadataLogDirectory(dir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setIgnoreFormatted(true);
        formatter.run();
        log.info("Formatted Kafka log directory {} (cluster {})", dir, newClusterId);
        return newClusterId;
    }

    private static String readClusterId(Path metaProperties) throws IOException {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newInputStream(metaProperties)) {
            props.load(in);
        }
        return props.getProperty("cluster.id");
    }

    private void awaitReady() throws InterruptedException {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 50,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-readiness");
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminConfig)) {
            while (System.nanoTime() < deadline) {
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes().get(3, TimeUnit.SECONDS);
                    if (nodes.stream().anyMatch(n -> n.id() == NODE_ID)) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        throw new IllegalStateException("Embedded Kafka broker on " + bootstrapServers()
                + " did not answer describeCluster within " + startupTimeout, last);
    }

    private void abortStart() {
        KafkaRaftServer failed = server;
        server = null;
        if (failed != null) {
            try {
                failed.shutdown();
                failed.awaitShutdown();
            } catch (RuntimeException e) {
                log.warn("Error while shutting down a Kafka broker that failed to start", e);
            }
        }
        if (persistentLogDir == null && logDir != null) {
            deleteRecursively(logDir);
        }
    }

    /** Fails fast with a clear message (instead of Kafka's fatal-error stack traces) when the port is taken. */
    static int requireFree(String host, int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + host + ":" + port
                    + " is already in use (another Kafka running?): " + e.getMessage(), e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {} completely: {}", dir, e.toString());
        }
    }

    /** Settings of an {@link EmbeddedKafkaBroker}; defaults: {@code localhost:9092}, free controller port, in-memory. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private int controllerPort = 0;
        private Path logDir;
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Host name the listeners bind to and advertise (default {@code localhost}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Client port (default 9092); 0 picks a free one at start. */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /** Controller (KRaft) port; 0, the default, picks a free one at start. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = checkPort(controllerPort);
            return this;
        }

        /** Persistent log directory, kept across restarts; null means in-memory (temporary directory). */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /** In-memory mode: a temporary log directory deleted on stop. */
        public Builder inMemory() {
            this.logDir = null;
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
            return this;
        }

        /** Any broker property, applied last (wins over the embedded defaults). */
        public Builder brokerProperty(String key, String value) {
            overrides.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Invalid port " + port);
            }
            return port;
        }
    }
}
