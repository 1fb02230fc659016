package io.horae.claims;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.UUID;

/** A product the merchant sells from stock: its price with VAT at {@code vatRate} %, its category's name. */
@RegisterForReflection
public record ProductView(UUID id, String name, BigDecimal price, String currency, BigDecimal vatRate,
                          String category, boolean active) {
}
