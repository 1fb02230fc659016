package io.horae.platform;

/** Entry point of the broker JVM: a plain Kafka 4.0 KRaft server that ends with its parent. */
public final class KafkaMain {
    private KafkaMain() {
    }

    public static void main(String[] args) {
        ParentWatch.exitWhenStdinCloses(() -> { });
        kafka.Kafka.main(args);
    }
}
