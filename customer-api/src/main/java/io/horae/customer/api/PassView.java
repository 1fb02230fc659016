package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.UUID;

/** A pass the merchant sells: {@code entries} sessions valid {@code validityDays} from the day it is assigned. */
@RegisterForReflection
public record PassView(UUID id, String name, int entries, int validityDays, BigDecimal price, String currency,
                       boolean active) {
}
