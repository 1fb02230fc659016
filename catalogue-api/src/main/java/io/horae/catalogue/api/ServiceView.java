package io.horae.catalogue.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A bookable service as clients read it: {@code name} in the language the request asked for, {@code names} in every
 * language it has; {@code capacity} customers per start; {@code levelPrices} its price at each price level.
 */
@RegisterForReflection
public record ServiceView(UUID id, String name, Map<String, String> names, int durationMinutes,
                          int bufferBeforeMinutes, int bufferAfterMinutes, int stepMinutes, int capacity,
                          BigDecimal price, String currency, BigDecimal vatRate, int minimumNoticeMinutes,
                          int maximumDaysAhead, boolean requiresConfirmation, String segment,
                          Integer cancellationCutoffMinutes, Map<UUID, BigDecimal> levelPrices, boolean active,
                          Integer reminderMinutes) {
}
