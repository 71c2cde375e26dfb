package com.refundpilot.launcher.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;

/**
 * Tells when the embedded system has settled: every consumer group has caught up with its topics, no
 * outbox holds an unpublished message, no timer is due and the sandbox has no webhook push on its way (queued, or
 * waiting to be redelivered). Used by the scenario runner after each clock move and stimulus, instead of sleeping
 * for a guessed while.
 */
public final class QuiescenceProbe implements AutoCloseable {

    /** Settled means settled several checks in a row: pollers (sweepers, relays) get their turn. */
    private static final int STABLE_CHECKS = 3;
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(120);
    private static final Pattern PENDING = Pattern.compile("\"pending\"\\s*:\\s*(\\d+)");

    private final Admin admin;
    private final MongoClient mongo;
    private final List<ServiceSpec> services;
    private final Clock clock;
    private final URI sandboxPushes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public QuiescenceProbe(String kafkaBootstrapServers, String mongoUri, List<ServiceSpec> services, Clock clock,
            URI sandboxUrl) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers));
        this.mongo = MongoClients.create(mongoUri);
        this.services = services.stream().filter(ServiceSpec::usesKafkaAndMongo).toList();
        this.clock = clock;
        this.sandboxPushes = sandboxUrl.resolve("/sandbox/pushes");
    }

    /** Waits until every service's consumer group has joined and been given its partitions. */
    public void awaitConsumersReady(Duration timeout) {
        waitFor(timeout, "consumer groups to be assigned", this::consumersReady, 1);
    }

    public void awaitQuiescence(Duration timeout) {
        waitFor(timeout, "the system to settle", this::quiet, STABLE_CHECKS);
    }

    private void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition, int inARow) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int streak = 0;
        while (streak < inARow) {
            streak = condition.getAsBoolean() ? streak + 1 : 0;
            if (streak >= inARow) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + what
                        + (what.contains("settle") ? ": " + whyBusy() : ""));
            }
            try {
                Thread.sleep(CHECK_INTERVAL.toMillis()); // production polling loop, not a test wait
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    boolean consumersReady() {
        try {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(
                    services.stream().map(ServiceSpec::name).toList()).all().get();
            return groups.values().stream().allMatch(group -> group.groupState() == GroupState.STABLE
                    && group.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum() > 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    boolean quiet() {
        return whyBusy().isEmpty();
    }

    /** Empty when settled; otherwise what is still moving (for timeouts). */
    String whyBusy() {
        try {
            String pushes = pendingPushes();
            if (!pushes.isEmpty()) {
                return pushes;
            }
            for (ServiceSpec service : services) {
                long lag = lag(service);
                if (lag > 0) {
                    return service.name() + " has " + lag + " records to consume";
                }
                MongoDatabase database = mongo.getDatabase(service.database());
                for (String collection : database.listCollectionNames()) {
                    if (database.getCollection(collection).countDocuments(Filters.exists("outbox.0")) > 0) {
                        return service.name() + "/" + collection + " has unpublished messages";
                    }
                }
                var dueFilter = Filters.lte("dueAt", java.util.Date.from(clock.instant()));
                long due = database.getCollection("timers").countDocuments(dueFilter);
                if (due > 0) {
                    List<String> kinds = database.getCollection("timers").distinct("kind", dueFilter, String.class)
                            .into(new java.util.ArrayList<>());
                    return service.name() + " has " + due + " due timers " + kinds;
                }
            }
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException | TimeoutException e) {
            return "kafka admin: " + e.getMessage();
        }
    }

    /** Empty when the sandbox has no webhook push on its way, else what it has. */
    private String pendingPushes() throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(sandboxPushes).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return "the sandbox answered " + answer.statusCode() + " on " + sandboxPushes;
            }
            Matcher pending = PENDING.matcher(answer.body());
            if (!pending.find()) {
                return "the sandbox's pushes are unreadable: " + answer.body();
            }
            int count = Integer.parseInt(pending.group(1));
            return count == 0 ? "" : "the sandbox has " + count + " webhook pushes on their way";
        } catch (IOException e) {
            return "the sandbox did not answer on " + sandboxPushes + ": " + e.getMessage();
        }
    }

    /** The earliest timer of any service that is not due yet. */
    public Optional<Instant> nextTimer() {
        Instant now = clock.instant();
        Optional<Instant> earliest = Optional.empty();
        for (ServiceSpec service : services) {
            Document next = mongo.getDatabase(service.database()).getCollection("timers")
                    .find(Filters.gt("dueAt", java.util.Date.from(now))).sort(Sorts.ascending("dueAt")).first();
            if (next != null) {
                Instant due = next.getDate("dueAt").toInstant();
                if (earliest.isEmpty() || due.isBefore(earliest.get())) {
                    earliest = Optional.of(due);
                }
            }
        }
        return earliest;
    }

    /** The earliest timer of this kind in this service's database that is not due yet. */
    public Optional<Instant> nextTimer(ServiceSpec service, String kind) {
        Document next = mongo.getDatabase(service.database()).getCollection("timers")
                .find(Filters.and(Filters.eq("kind", kind), Filters.gt("dueAt", java.util.Date.from(clock.instant()))))
                .sort(Sorts.ascending("dueAt")).first();
        return next == null ? Optional.empty() : Optional.of(next.getDate("dueAt").toInstant());
    }

    private long lag(ServiceSpec service) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(service.name())
                .partitionsToOffsetAndMetadata().get(5, java.util.concurrent.TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(service.consumedTopics()).allTopicNames().get(5, java.util.concurrent.TimeUnit.SECONDS)
                .forEach((topic, description) -> description.partitions().forEach(p ->
                        latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get(5, java.util.concurrent.TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
        mongo.close();
    }
}
