package io.horae.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on every Horae topic.
 * {@code subject} is the aggregate id (also the Kafka key), {@code tenantid} the owning tenant.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String tenantid,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public <T> T dataAs(EventType<T> eventType, ObjectMapper mapper) {
        if (!eventType.matches(this)) {
            throw new IllegalArgumentException("event " + id + " is " + type + ", not " + eventType.name());
        }
        try {
            return mapper.treeToValue(data, eventType.payloadType());
        } catch (Exception e) {
            throw new IllegalArgumentException("event " + id + " has a payload that is not a " + eventType.name(), e);
        }
    }
}
