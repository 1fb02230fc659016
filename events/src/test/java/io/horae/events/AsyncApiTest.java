package io.horae.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs/asyncapi.yaml} says what the records in this module say: every event type is a message of the channel
 * of its topic, and its payload schema has exactly the record's fields, each of the JSON type the record's field is
 * written as (nested records and enums included); no message names a type that does not exist.
 */
class AsyncApiTest {
    private static final JsonNode DOCUMENT = read();

    @Test
    void everyEventTypeIsAMessageOfItsTopicsChannel() throws Exception {
        List<EventType<?>> types = eventTypes();
        assertFalse(types.isEmpty(), "no event types found");
        JsonNode messages = DOCUMENT.path("components").path("messages");
        for (EventType<?> type : types) {
            String id = type.name().replace('.', '_');
            JsonNode message = messages.path(id);
            assertEquals(type.name(), message.path("name").asText(), "message " + id + " in components.messages");
            assertEquals("#/components/schemas/" + type.payloadType().getSimpleName(),
                    message.path("payload").path("$ref").asText(), "payload of " + type.name());
            JsonNode channel = channelOf(type.topic());
            assertEquals("#/components/messages/" + id, channel.path("messages").path(id).path("$ref").asText(),
                    type.name() + " on the channel of " + type.topic());
        }
        Set<String> documented = new TreeSet<>();
        messages.fieldNames().forEachRemaining(documented::add);
        assertEquals(types.stream().map(t -> t.name().replace('.', '_')).collect(Collectors.toCollection(TreeSet::new)),
                documented, "the messages documented are the event types that exist");
    }

    @Test
    void everyPayloadSchemaHasTheRecordsFields() throws Exception {
        for (EventType<?> type : eventTypes()) {
            assertSchema(type.payloadType(), schema(type.payloadType().getSimpleName()), type.name());
        }
    }

    private static void assertSchema(Class<?> record, JsonNode schema, String where) {
        assertTrue(record.isRecord(), where + ": " + record + " is a record");
        JsonNode properties = schema.path("properties");
        Set<String> documented = new TreeSet<>();
        properties.fieldNames().forEachRemaining(documented::add);
        Set<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, documented, where + ": the fields of " + record.getSimpleName());
        for (RecordComponent component : record.getRecordComponents()) {
            assertType(component.getGenericType(), properties.path(component.getName()),
                    where + "." + component.getName());
        }
    }

    private static void assertType(Type type, JsonNode schema, String where) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            String ref = "#/components/schemas/" + raw.getSimpleName();
            assertEquals(ref, schema.path("$ref").asText(), where);
            assertSchema(raw, schema(raw.getSimpleName()), where);
            return;
        }
        assertEquals(jsonType(raw), schema.path("type").asText(), where + " (" + type.getTypeName() + ")");
        if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> documented = new ArrayList<>();
            schema.path("enum").forEach(v -> documented.add(v.asText()));
            assertEquals(constants, documented, where + ": the values of " + raw.getSimpleName());
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertType(((ParameterizedType) type).getActualTypeArguments()[0], schema.path("items"), where + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            assertType(((ParameterizedType) type).getActualTypeArguments()[1], schema.path("additionalProperties"),
                    where + "{}");
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == UUID.class || raw == String.class || raw == OffsetDateTime.class || raw == LocalDate.class
                || raw == LocalTime.class || raw.isEnum()) {
            return "string";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "object";
        }
        throw new AssertionError("no JSON type known for " + raw + ": teach AsyncApiTest and docs/asyncapi.yaml");
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode channel : DOCUMENT.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        throw new AssertionError("no channel has the address " + topic);
    }

    private static JsonNode schema(String name) {
        JsonNode schema = DOCUMENT.path("components").path("schemas").path(name);
        assertFalse(schema.isMissingNode(), "components.schemas." + name);
        return schema;
    }

    /** Every {@code EventType} constant of the classes of this module. */
    private static List<EventType<?>> eventTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<EventType<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                        try {
                            types.add((EventType<?>) field.get(null));
                        } catch (IllegalAccessException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }
        return types;
    }

    private static JsonNode read() {
        try {
            return new YAMLMapper().readTree(Path.of("..", "docs", "asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml cannot be read", e);
        }
    }
}
