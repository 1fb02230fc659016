package io.horae.customer.profile;

import io.horae.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@link Topics#CUSTOMER_PROFILES} compacted, whoever created it: only each customer's latest profile stays,
 * and an erased customer's tombstone removes it. Segments roll every hour and a record waits at most an hour to be
 * compacted, so an erased profile is gone from the broker within about two hours; the tombstone itself stays a day,
 * for consumers that were away. Set at start, and again every minute until Kafka has taken it.
 */
@ApplicationScoped
class ProfileTopic {
    private static final Logger LOG = Logger.getLogger(ProfileTopic.class);
    static final Map<String, String> COMPACTED = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.SEGMENT_MS_CONFIG, "3600000",
            TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, "3600000",
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01",
            TopicConfig.DELETE_RETENTION_MS_CONFIG, "86400000");

    private final Map<String, Object> kafka;

    ProfileTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        vertx.executeBlocking(this::ensureCompacted, false).onComplete(done -> {
            if (done.failed()) {
                Throwable cause = done.cause();
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                LOG.warnf("could not make %s compacted, trying again in a minute: %s", Topics.CUSTOMER_PROFILES,
                        cause);
                vertx.setTimer(60_000, id -> start(event, vertx));
            }
        });
    }

    private Void ensureCompacted() throws Exception {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            try {
                admin.createTopics(List.of(new NewTopic(Topics.CUSTOMER_PROFILES, Optional.empty(), Optional.empty())
                        .configs(COMPACTED))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CUSTOMER_PROFILES);
                admin.incrementalAlterConfigs(Map.of(topic, COMPACTED.entrySet().stream()
                        .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                        .toList())).all().get(30, TimeUnit.SECONDS);
            }
        }
        return null;
    }
}
