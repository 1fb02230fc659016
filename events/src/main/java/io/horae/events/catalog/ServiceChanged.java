package io.horae.events.catalog;

import io.horae.events.EventType;
import io.horae.events.Topics;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A service was defined or changed; a snapshot for projections such as booking's. {@code cancellationCutoffMinutes}:
 * how long before the start a customer may still cancel (null: the booking service's default). {@code active}
 * false: retired, kept for the bookings that have it, offered to no new one (null in events from before it existed:
 * active). {@code levelPrices}: its price at the merchant's price levels (by level id) where it differs from
 * {@code price} (null in events from before it existed: none). {@code reminderMinutes}: how long before the start the
 * customer is reminded (null: the booking service's default; 0: never).
 */
@RegisterForReflection
public record ServiceChanged(UUID serviceId, Map<String, String> names, String defaultLanguage, int durationMinutes,
                             int capacity, BigDecimal price, String currency, BigDecimal vatRate,
                             boolean requiresConfirmation, String segment, Integer cancellationCutoffMinutes,
                             Boolean active, Map<UUID, BigDecimal> levelPrices, Integer reminderMinutes) {
    /** Whether new bookings may have the service. */
    public boolean offered() {
        return active == null || active;
    }

    public static final EventType<ServiceChanged> TYPE =
            new EventType<>("catalog.service_changed.v1", Topics.CATALOG, ServiceChanged.class);
}
