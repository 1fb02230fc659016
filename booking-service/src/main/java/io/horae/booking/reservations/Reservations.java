package io.horae.booking.reservations;

import io.horae.claims.BookingClaim;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.ProductView;
import io.horae.kernel.tenant.ServiceTokens;
import io.horae.kernel.upstream.UpstreamCall;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * reservations-service, asked on booking-service's own authority for the tenant (its internal token, key id
 * {@code booking}). Refusals come back as they were (a taken slot is a 409 with its {@code nextStarts}); anything
 * else is a 503 whose outcome is unknown, which the caller settles by releasing what it asked for.
 */
@ApplicationScoped
public class Reservations {
    private static final UpstreamCall OTHERS = new UpstreamCall("reservations-service", "does not exist",
            "reservations cannot be reached right now; nothing was booked", Duration.ofSeconds(5));

    private final ReservationsClient client;
    private final ServiceTokens tokens;
    private final UpstreamCall claims;

    public Reservations(@RestClient ReservationsClient client, ServiceTokens tokens, ReservationsSettings settings) {
        this.client = client;
        this.tokens = tokens;
        this.claims = new UpstreamCall("reservations-service", "there is no such hold",
                "reservations cannot be reached right now; nothing was booked", settings.claimTimeout());
    }

    /** The one call that claims for a booking; {@code field} is named when the hold it takes does not exist. */
    public Uni<ClaimedReservation> claim(String tenantId, UUID reservationId, BookingClaim claim, String field) {
        return claims.run(client.claim(tokens.authorization(tenantId), reservationId, claim), field);
    }

    /** Releases the reservation if it is {@code bookingId}'s (any, without one); an id never claimed never will be. */
    public Uni<Void> release(String tenantId, UUID reservationId, UUID bookingId, String reason) {
        return OTHERS.run(client.release(tokens.authorization(tenantId), reservationId, bookingId, reason),
                "reservationId").replaceWithVoid();
    }

    /** A hold booking-service takes on its own (a waiting list's offer). */
    public Uni<ClaimedReservation> hold(String tenantId, HoldRequest request) {
        return OTHERS.run(client.hold(tokens.authorization(tenantId), request), "lines");
    }

    /** The products lines name, with their names and prices. */
    public Uni<Map<UUID, ProductView>> products(String tenantId, List<UUID> ids) {
        return Multi.createFrom().iterable(ids.stream().filter(Objects::nonNull).distinct().toList())
                .onItem().transformToUniAndConcatenate(id -> OTHERS.run(
                        client.product(tokens.authorization(tenantId), id), "lines"))
                .collect().asMap(ProductView::id);
    }
}
