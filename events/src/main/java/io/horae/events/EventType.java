package io.horae.events;

import java.util.Objects;

/**
 * The contract of one event: its versioned CloudEvents type, the topic it travels on and its payload record.
 * Producers and consumers refer to the same constant, so a name is never copied.
 */
public record EventType<T>(String name, String topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (!name.matches("[a-z]+(\\.[a-z_]+)+\\.v[0-9]+")) {
            throw new IllegalArgumentException("event type must look like 'booking.cancelled.v1': " + name);
        }
    }

    public boolean matches(CloudEvent event) {
        return name.equals(event.type());
    }
}
