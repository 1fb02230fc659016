package io.horae.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A topic as a test sees it: every record from the beginning, read without a consumer group. */
public final class KafkaTopic {
    private final String bootstrapServers;
    private final String name;

    KafkaTopic(String bootstrapServers, String name) {
        this.bootstrapServers = bootstrapServers;
        this.name = name;
    }

    /** Every record now in the topic, up to the end offsets as they are when called. */
    public List<ConsumerRecord<String, String>> readToEnd() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assignAll(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + name + " to its end in 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The first record that matches, waiting for it up to {@code timeout}. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignAll(consumer);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                Optional<ConsumerRecord<String, String>> found = find(consumer.poll(Duration.ofMillis(200)), matching);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            throw new AssertionError("no matching record on " + name + " within " + timeout);
        }
    }

    public void send(String key, String value) {
        send(key, value, Map.of());
    }

    /** Sends a record with headers, as the outbox relay writes them ({@code ce_type}, say). */
    public void send(String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(name, key, value);
            headers.forEach((header, text) -> record.headers().add(header,
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + name, e);
        }
    }

    private static Optional<ConsumerRecord<String, String>> find(Iterable<ConsumerRecord<String, String>> records,
                                                                Predicate<ConsumerRecord<String, String>> matching) {
        for (ConsumerRecord<String, String> record : records) {
            if (matching.test(record)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private List<TopicPartition> assignAll(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(name, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
    }
}
