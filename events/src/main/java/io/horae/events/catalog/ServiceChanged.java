package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A service was defined or changed; a snapshot for projections such as booking's. {@code cancellationCutoffMinutes}:
 * how long before the start a customer may still cancel (null: the booking service's default).
 */
@RegisterForReflection
public record ServiceChanged(UUID serviceId, Map<String, String> names, String defaultLanguage, int durationMinutes,
                             int capacity, BigDecimal price, String currency, BigDecimal vatRate,
                             boolean requiresConfirmation, String segment, Integer cancellationCutoffMinutes) {
    public static final EventType<ServiceChanged> TYPE =
            new EventType<>("catalog.service_changed.v1", Topics.CATALOG, ServiceChanged.class);
}
