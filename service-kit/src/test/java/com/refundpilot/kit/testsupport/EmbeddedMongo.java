package com.refundpilot.kit.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.UUID;

/**
 * One in-memory mongo-java-server per test JVM (it speaks the wire protocol to the real driver). Each test
 * gets its own database through {@link #freshUri(String)}, so tests never see each other's documents.
 */
public final class EmbeddedMongo {

    private static MongoServer server;
    private static String baseUri;

    private EmbeddedMongo() {
    }

    public static synchronized String freshUri(String prefix) {
        return uri(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            baseUri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return baseUri + "/" + database;
    }
}
