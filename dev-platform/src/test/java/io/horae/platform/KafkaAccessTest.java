package io.horae.platform;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kafka as docker compose secures it ({@code deploy/kafka}): SCRAM users and the ACLs of {@code access.txt} on a
 * real broker. Each service writes its own topics and no other, reads in its own groups only, and nobody without a
 * password gets in. The table grants every channel a service's {@code application.properties} consumes, and no more.
 */
class KafkaAccessTest {
    private static final Path ROOT = Path.of(System.getProperty("horae.root", "..")).toAbsolutePath().normalize();
    private static final List<String[]> GRANTS = grants();
    private static final Map<String, String> PASSWORDS = new HashMap<>();
    private static KafkaBroker broker;
    private static int saslPort;

    @BeforeAll
    static void start() throws Exception {
        saslPort = Ports.free();
        broker = new KafkaBroker(Files.createTempDirectory("horae-kafka-secured"), Ports.free(), Ports.free(),
                "256m", saslPort, ROOT.resolve("deploy/kafka/kafka-server-jaas.conf")).start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Infrastructure.createTopics(broker.bootstrapServers(), Infrastructure.TOPICS, 3);
            for (String user : GRANTS.stream().map(g -> g[0]).collect(Collectors.toCollection(TreeSet::new))) {
                PASSWORDS.put(user, UUID.randomUUID().toString());
                admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), PASSWORDS.get(user))))
                        .all().get(30, TimeUnit.SECONDS);
            }
            admin.createAcls(GRANTS.stream().map(g -> new AclBinding(
                    new ResourcePattern(ResourceType.valueOf(g[2]), g[3], PatternType.LITERAL),
                    new AccessControlEntry("User:" + g[0], "*", AclOperation.valueOf(g[1]), AclPermissionType.ALLOW)))
                    .toList()).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void aServiceWritesItsOwnTopicsAndNoOther() throws Exception {
        send("customer-service", PASSWORDS.get("customer-service"), "horae.customers");
        send("booking-service", PASSWORDS.get("booking-service"), "horae.bookings");
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send("customer-service", PASSWORDS.get("customer-service"), "horae.bookings"));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    void aServiceReadsInItsOwnGroupsOnly() throws Exception {
        send("booking-service", PASSWORDS.get("booking-service"), "horae.bookings");
        assertEquals(1, read("booking-service", "booking-service", "probe", "horae.bookings"));
        assertThrows(GroupAuthorizationException.class,
                () -> read("availability-service", "booking-service", "probe", "horae.reservations"));
        assertThrows(TopicAuthorizationException.class,
                () -> read("availability-service", "availability-service", "probe", "horae.customers"));
    }

    @Test
    void nobodyGetsInWithoutTheRightPassword() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send("booking-service", "not-the-password", "horae.bookings"));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void theTableGrantsEveryChannelTheServicesConsumeAndNothingElse() throws IOException {
        Set<String> needed = new TreeSet<>();
        for (String service : List.of("customer-service", "availability-service", "reservations-service",
                "booking-service")) {
            Properties properties = new Properties();
            try (var in = Files.newInputStream(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream().filter(n -> n.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?"))
                    .forEach(n -> {
                        String channel = n.substring(0, n.lastIndexOf('.'));
                        for (String topic : properties.getProperty(n).split(",")) {
                            needed.add(service + " READ TOPIC " + topic.strip());
                        }
                        needed.add(service + " READ GROUP " + properties.getProperty(channel + ".group.id"));
                    });
        }
        Set<String> reads = GRANTS.stream().filter(g -> g[1].equals("READ")).map(g -> String.join(" ", g))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(needed, reads);
    }

    private static void send(String user, String password, String topic) throws Exception {
        Map<String, Object> config = client(user, password);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "probe")).get(20, TimeUnit.SECONDS);
        } catch (org.apache.kafka.common.KafkaException e) {
            // a refused authentication or authorization can surface when sending, not only from the future
            throw new ExecutionException(e);
        }
    }

    /** Polls {@code topic} as {@code user} in {@code group}; 1 when it read something. */
    private static int read(String user, String group, String clientId, String topic) {
        Map<String, Object> config = client(user, PASSWORDS.get(user));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                    return 1;
                }
            }
            return 0;
        }
    }

    private static Map<String, Object> client(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + saslPort);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + user + "\" password=\"" + password + "\";");
        return config;
    }

    private static List<String[]> grants() {
        try {
            return Files.readAllLines(ROOT.resolve("deploy/kafka/access.txt")).stream().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
