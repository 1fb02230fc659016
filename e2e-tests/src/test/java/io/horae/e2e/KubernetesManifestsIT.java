package io.horae.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes/} stay true: each service's is what {@code quarkus-kubernetes}
 * generates from its configuration now (the same documents and fields, in any order: refresh them with
 * {@code ./mvnw package -Pmanifests -DskipTests}), and the hand-written policies name only pods that exist.
 */
class KubernetesManifestsIT {
    private static final Path ROOT = Path.of(System.getProperty("horae.root", ".."));
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> SERVICES = List.of("gateway", "customer-service", "availability-service",
            "reservations-service", "booking-service");
    /** What the pods reach besides each other: the database, the broker and the trace collector. */
    private static final List<String> INFRASTRUCTURE = List.of("postgresql", "kafka", "opentelemetry-collector");

    static List<String> services() {
        return SERVICES;
    }

    @ParameterizedTest
    @MethodSource("services")
    void theCollectedManifestIsWhatTheServiceGenerates(String service) throws IOException {
        Path generated = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path collected = ROOT.resolve("deploy/kubernetes/horae-" + service + "/kubernetes.yml");
        assertThat(generated).as("built by quarkus-kubernetes when the service is packaged").exists();
        assertThat(documents(collected))
                .as(collected + " differs from what " + service + " generates: ./mvnw package -Pmanifests -DskipTests")
                .isEqualTo(documents(generated));
    }

    @Test
    void policiesSelectTheServicesThatExist() throws IOException {
        List<JsonNode> policies = documents(ROOT.resolve("deploy/kubernetes/horae-policies.yml"));
        Map<String, Long> kinds = policies.stream()
                .collect(Collectors.groupingBy(d -> d.path("kind").asText(), Collectors.counting()));
        assertThat(kinds).containsEntry("PodDisruptionBudget", 2L).containsEntry("HorizontalPodAutoscaler", 2L)
                .containsKey("NetworkPolicy");
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            List<String> named = spec.findValues("app.kubernetes.io/name").stream().map(JsonNode::asText).toList();
            named.stream().filter(n -> !INFRASTRUCTURE.contains(n))
                    .forEach(n -> assertThat(SERVICES).as(policy.path("metadata").path("name").asText()).contains(n));
            spec.findValues("values").forEach(values -> values.forEach(v -> assertThat(SERVICES).contains(v.asText())));
            if (policy.path("kind").asText().equals("HorizontalPodAutoscaler")) {
                assertThat(SERVICES).contains(spec.path("scaleTargetRef").path("name").asText());
            }
        }
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (MappingIterator<JsonNode> all = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            return all.readAll().stream().filter(d -> !d.isNull() && !d.isEmpty()).toList();
        }
    }
}
