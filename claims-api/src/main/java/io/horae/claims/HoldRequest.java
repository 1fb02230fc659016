package io.horae.claims;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A hold on one or more lines, claimed all or none, for {@code ttlSeconds} (the configured default if absent): what
 * clients send to {@code POST /api/v1/reservations}, and booking-service for a waiting list's offer.
 */
@RegisterForReflection
public record HoldRequest(
        @NotEmpty @Size(max = 10) List<@Valid @NotNull LineRequest> lines,
        UUID customerId,
        @Min(30) @Max(MAXIMUM_TTL_SECONDS) Integer ttlSeconds) {

    /** 31 days; the configured maximum may cut a hold shorter. */
    public static final int MAXIMUM_TTL_SECONDS = 31 * 86_400;
}
