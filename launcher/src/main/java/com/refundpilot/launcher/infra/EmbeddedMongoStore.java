package com.refundpilot.launcher.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-protocol store inside this JVM (mongo-java-server): an {@link H2Backend} on an MVStore file, so
 * documents survive a restart, or a {@link MemoryBackend} that forgets everything on stop.
 *
 * <p>Port {@code 0} means "pick a free port"; {@link #connectionString()} gives {@code mongodb://host:port} once
 * started. {@link #stop()} closes client connections, then the backend (which closes the H2 MVStore, committing and
 * compacting it, so the file is consistent); it is idempotent. An instance can be started again after a stop.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 27017;
    /** File name used by {@link EmbeddedInfrastructure} inside its data directory. */
    public static final String DEFAULT_FILE_NAME = "mongo.mv.db";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStore.class);

    private final String host;
    private final int configuredPort;
    private final Path file;

    private MongoServer server;
    private int port = -1;

    private EmbeddedMongoStore(Builder builder) {
        this.host = builder.host;
        this.configuredPort = builder.port;
        this.file = builder.file == null ? null : builder.file.toAbsolutePath().normalize();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the backend and binds the server; returns when it accepts connections. */
    public synchronized EmbeddedMongoStore start() {
        if (server != null) {
            throw new IllegalStateException("Mongo store already running on " + connectionString());
        }
        InfraLogging.quiet();
        long began = System.nanoTime();
        MongoBackend backend = openBackend();
        MongoServer candidate = new MongoServer(backend);
        try {
            candidate.bind(host, configuredPort);
        } catch (Exception e) { // Netty rethrows the checked BindException undeclared
            candidate.shutdownNow(); // also closes the backend, releasing the H2 file lock
            throw new IllegalStateException("Cannot bind the embedded Mongo store to " + host + ":" + configuredPort, e);
        }
        server = candidate;
        port = candidate.getLocalAddress().getPort();
        log.info("Embedded Mongo store ready on {} ({}) in {} ms", connectionString(),
                file == null ? "in-memory" : file, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return this;
    }

    /** Closes client connections and the backend (H2 file closed cleanly); no-op when not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        MongoServer running = server;
        server = null;
        running.shutdownNow();
        log.info("Embedded Mongo store on {}:{} stopped", host, port);
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code mongodb://host:port}, with the actual port once started (or the configured one before). */
    public synchronized String connectionString() {
        return "mongodb://" + host + ":" + port();
    }

    public String host() {
        return host;
    }

    /** The port: the configured one, or the one picked at the last start when configured as 0. */
    public synchronized int port() {
        return port >= 0 ? port : configuredPort;
    }

    /** The H2 MVStore file, or null in in-memory mode. */
    public Path file() {
        return file;
    }

    public boolean isInMemory() {
        return file == null;
    }

    private MongoBackend openBackend() {
        if (file == null) {
            return new MemoryBackend();
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        return new H2Backend(file.toString());
    }

    /** Settings of an {@link EmbeddedMongoStore}; defaults: {@code localhost:27017}, in-memory. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Path file;

        private Builder() {
        }

        /** Host name to bind to (default {@code localhost}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port (default 27017); 0 picks a free one at start. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Invalid port " + port);
            }
            this.port = port;
            return this;
        }

        /** H2 MVStore file (e.g. {@code data/mongo.mv.db}), kept across restarts; null means in-memory. */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** In-memory mode: a {@link MemoryBackend}, emptied on stop. */
        public Builder inMemory() {
            this.file = null;
            return this;
        }

        public EmbeddedMongoStore build() {
            return new EmbeddedMongoStore(this);
        }
    }
}
