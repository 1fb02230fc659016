package io.horae.reservations.productreservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a merchant sends to reserve products for a customer's pickup. A reservation may start without items (CareCloud
 * creates the reservation first); it then takes no stock and has no total. {@code sourceId}: one of the merchant's
 * reservation sources; {@code benefitCodes}: the customer's benefits it was made with, as the merchant's system names
 * them.
 */
public record NewProductReservation(
        @NotNull UUID customerId,
        @NotNull UUID storeId,
        UUID sourceId,
        LocalDate pickupDate,
        @Size(max = 2000) String customersNote,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> comments,
        @Size(max = 20) List<@Valid @NotNull ExternalCodeValue> externalCodes,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> benefitCodes,
        @Size(max = 100) List<@Valid @NotNull Item> items) {

    public NewProductReservation {
        items = items == null ? List.of() : items;
    }

    public record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(100000) Integer amount,
                       @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
                       @DecimalMin("0") @DecimalMax("100") BigDecimal vatRate) {
    }

    public record ExternalCodeValue(@NotNull @Min(1) Integer typeId, @NotBlank @Size(max = 200) String value) {
    }
}
