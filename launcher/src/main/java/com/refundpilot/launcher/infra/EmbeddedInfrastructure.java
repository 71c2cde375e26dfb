package com.refundpilot.launcher.infra;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default infrastructure: a Mongo-wire store and a KRaft Kafka broker in this JVM.
 *
 * <p>Persistent mode keeps everything under the data directory ({@code <dataDir>/mongo.mv.db} and
 * {@code <dataDir>/kafka/}); in-memory mode keeps nothing (Mongo {@code MemoryBackend}, Kafka in a temporary directory
 * deleted on stop). {@link #start()} starts Mongo then Kafka; {@link #stop()} stops them in reverse order, is
 * idempotent and safe to call from a JVM shutdown hook (see {@link #stopOnShutdown()}).
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final String KAFKA_DIR_NAME = "kafka";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

    private final Path dataDir;
    private final boolean inMemory;
    private final EmbeddedMongoStore mongo;
    private final EmbeddedKafkaBroker kafka;

    private boolean started;
    private long mongoStartMillis = -1;
    private long kafkaStartMillis = -1;
    private Thread shutdownHook;

    /** Default ports ({@code localhost:27017} for Mongo, {@code localhost:9092} for Kafka, a free controller port). */
    public EmbeddedInfrastructure(Path dataDir, boolean inMemory) {
        this(builder().dataDir(dataDir).inMemory(inMemory));
    }

    private EmbeddedInfrastructure(Builder builder) {
        this.dataDir = builder.dataDir.toAbsolutePath().normalize();
        this.inMemory = builder.inMemory;
        this.mongo = EmbeddedMongoStore.builder()
                .host(builder.host)
                .port(builder.mongoPort)
                .file(inMemory ? null : dataDir.resolve(EmbeddedMongoStore.DEFAULT_FILE_NAME))
                .build();
        this.kafka = EmbeddedKafkaBroker.builder()
                .host(builder.host)
                .port(builder.kafkaPort)
                .controllerPort(builder.kafkaControllerPort)
                .logDir(inMemory ? null : dataDir.resolve(KAFKA_DIR_NAME))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts Mongo, then Kafka; if Kafka fails, Mongo is stopped again and the failure rethrown. */
    public synchronized EmbeddedInfrastructure start() {
        if (started) {
            throw new IllegalStateException("Embedded infrastructure already started");
        }
        InfraLogging.quiet();
        long t0 = System.nanoTime();
        mongo.start();
        long t1 = System.nanoTime();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            mongo.stop();
            throw e;
        }
        long t2 = System.nanoTime();
        mongoStartMillis = TimeUnit.NANOSECONDS.toMillis(t1 - t0);
        kafkaStartMillis = TimeUnit.NANOSECONDS.toMillis(t2 - t1);
        started = true;
        log.info("Embedded infrastructure up ({}): Mongo {} in {} ms, Kafka {} in {} ms",
                inMemory ? "in-memory" : "data in " + dataDir,
                mongo.connectionString(), mongoStartMillis, kafka.bootstrapServers(), kafkaStartMillis);
        return this;
    }

    /** Stops Kafka, then Mongo. Idempotent; every step is attempted even if an earlier one fails. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        RuntimeException failure = null;
        try {
            kafka.stop();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            mongo.stop();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        removeShutdownHook();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Registers a JVM shutdown hook that calls {@link #stop()} (once; later calls are no-ops). Note that JVM shutdown
     * hooks run concurrently: whatever must stop before the infrastructure (e.g. the services) should be stopped from
     * the same hook, before this one's {@code stop()}, rather than from its own hook.
     */
    public synchronized EmbeddedInfrastructure stopOnShutdown() {
        if (shutdownHook == null) {
            shutdownHook = new Thread(() -> {
                try {
                    stop();
                } catch (RuntimeException e) {
                    log.warn("Error while stopping the embedded infrastructure on JVM shutdown", e);
                }
            }, "embedded-infrastructure-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return this;
    }

    private void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to; its stop() will be a no-op
            }
        }
        shutdownHook = null;
    }

    public synchronized boolean isRunning() {
        return started;
    }

    /** {@code host:port} of the Kafka broker (actual port once started). */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code mongodb://host:port} of the store (actual port once started). */
    public String mongoUri() {
        return mongo.connectionString();
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedMongoStore mongo() {
        return mongo;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isInMemory() {
        return inMemory;
    }

    /** Milliseconds the last {@link #start()} spent starting Mongo; -1 before. */
    public synchronized long mongoStartMillis() {
        return mongoStartMillis;
    }

    /** Milliseconds the last {@link #start()} spent starting Kafka (until it answered describeCluster); -1 before. */
    public synchronized long kafkaStartMillis() {
        return kafkaStartMillis;
    }

    /** Settings; defaults: {@code ./data}, persistent, {@code localhost}, ports 9092 / 27017, free controller port. */
    public static final class Builder {
        private Path dataDir = DEFAULT_DATA_DIR;
        private boolean inMemory;
        private String host = EmbeddedKafkaBroker.DEFAULT_HOST;
        private int kafkaPort = EmbeddedKafkaBroker.DEFAULT_PORT;
        private int kafkaControllerPort = 0;
        private int mongoPort = EmbeddedMongoStore.DEFAULT_PORT;

        private Builder() {
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        public Builder inMemory(boolean inMemory) {
            this.inMemory = inMemory;
            return this;
        }

        /** Host both servers bind to and advertise. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Kafka client port; 0 picks a free one. */
        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = kafkaPort;
            return this;
        }

        /** Kafka controller port; 0 (default) picks a free one. */
        public Builder kafkaControllerPort(int kafkaControllerPort) {
            this.kafkaControllerPort = kafkaControllerPort;
            return this;
        }

        /** Mongo port; 0 picks a free one. */
        public Builder mongoPort(int mongoPort) {
            this.mongoPort = mongoPort;
            return this;
        }

        public EmbeddedInfrastructure build() {
            return new EmbeddedInfrastructure(this);
        }
    }
}
