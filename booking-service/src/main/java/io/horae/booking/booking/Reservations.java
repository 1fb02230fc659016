package io.horae.booking.booking;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The holds behind bookings, asked of reservations-service with the current request's internal token. Its refusals
 * come back as they were (a taken slot is a 409 with its {@code nextStarts}); if it cannot be reached, 503.
 */
@ApplicationScoped
public class Reservations {
    private static final Logger LOG = Logger.getLogger(Reservations.class);
    private static final Duration TIMEOUT = UpstreamCall.TIMEOUT;
    private static final UpstreamCall UPSTREAM = new UpstreamCall("reservations-service", "there is no such hold",
            "reservations cannot be reached right now; nothing was booked");

    private final ReservationsClient client;
    private final ProductsClient products;
    private final TenantContext tenant;
    private final ServiceTokens serviceTokens;

    public Reservations(@RestClient ReservationsClient client, @RestClient ProductsClient products, TenantContext tenant,
                        ServiceTokens serviceTokens) {
        this.client = client;
        this.products = products;
        this.tenant = tenant;
        this.serviceTokens = serviceTokens;
    }

    /** A hold booking-service takes on its own, outside any client request (a waiting list's offer). */
    public Uni<ReservationsClient.Hold> holdOnItsOwn(String tenantId, ReservationsClient.HoldRequest request) {
        return call(client.hold(serviceTokens.authorization(tenantId), null, request), "lines");
    }

    /** Gives back a hold on booking-service's own authority; a refusal or failure comes back to the caller. */
    Uni<ReservationsClient.Hold> releaseOnItsOwnOrFail(String tenantId, UUID id, String reason) {
        return call(client.release(serviceTokens.authorization(tenantId), id, new ReservationsClient.Release(reason)),
                "reservationId");
    }

    /** Gives back a hold booking-service took on its own; failures are logged, the hold then expires. */
    public Uni<Void> releaseOnItsOwn(String tenantId, UUID id, String reason) {
        return quietly(client.release(serviceTokens.authorization(tenantId), id, new ReservationsClient.Release(reason)),
                id);
    }

    Uni<ReservationsClient.Hold> hold(ReservationsClient.HoldRequest request, String idempotencyKey) {
        return call(client.hold(tenant.authorization(), idempotencyKey, request), "lines");
    }

    /** The hold, or a 400 naming {@code field} when there is no such hold. */
    Uni<ReservationsClient.Hold> get(UUID id, String field) {
        return call(client.get(tenant.authorization(), id), field);
    }

    Uni<ReservationsClient.Hold> confirm(UUID id, UUID bookingId, String field) {
        return call(client.confirm(tenant.authorization(), id, new ReservationsClient.Confirmation(bookingId)), field);
    }

    /** Gives a hold back after a booking could not be committed; a failure is logged, the hold then expires. */
    Uni<Void> releaseQuietly(UUID id, String reason) {
        return quietly(client.release(tenant.authorization(), id, new ReservationsClient.Release(reason)), id);
    }

    /** The products a hold's lines name, with their names and prices. */
    Uni<Map<UUID, ProductsClient.Product>> products(List<UUID> ids) {
        return Multi.createFrom().iterable(ids.stream().filter(Objects::nonNull).distinct().toList())
                .onItem().transformToUniAndConcatenate(id -> call(products.get(tenant.authorization(), id), "lines"))
                .collect().asMap(ProductsClient.Product::id);
    }

    private static Uni<Void> quietly(Uni<ReservationsClient.Hold> release, UUID id) {
        return release.ifNoItem().after(TIMEOUT).fail()
                .onFailure().invoke(e -> LOG.warnf("hold %s not released (%s); it expires by itself", id, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static <T> Uni<T> call(Uni<T> call, String field) {
        return UPSTREAM.run(call, field);
    }
}
