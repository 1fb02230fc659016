package io.horae.claims;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A product reservation as clients read it: products set aside at a store for a customer to pick up, with its
 * reservation code, the merchant's external codes, its pickup state and every change of it.
 */
@RegisterForReflection
public record ProductReservationView(UUID id, UUID customerId, UUID storeId, UUID sourceId, long reservationCode,
                                     List<ExternalCode> externalCodes, LocalDate pickupDate, String customersNote,
                                     List<String> comments, List<String> benefitCodes, BigDecimal totalPrice,
                                     String currency, List<Item> items, int state, List<StateChange> states,
                                     OffsetDateTime lastChange, OffsetDateTime createdAt) {

    @RegisterForReflection
    public record Item(UUID productId, int amount, BigDecimal unitPrice, BigDecimal vatRate) {
    }

    @RegisterForReflection
    public record ExternalCode(int typeId, String value) {
    }

    @RegisterForReflection
    public record StateChange(int state, OffsetDateTime changedAt) {
    }

    /** One page of product reservations, and how many there are in all. */
    @RegisterForReflection
    public record Page(List<ProductReservationView> items, long totalItems) {
    }
}
