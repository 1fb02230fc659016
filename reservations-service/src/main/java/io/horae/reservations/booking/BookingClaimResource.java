package io.horae.reservations.booking;

import io.horae.claims.BookingClaim;
import io.horae.claims.ClaimedReservation;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.tenant.TenantContext;
import io.horae.reservations.reservation.Claims;
import io.horae.reservations.reservation.Releases;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/**
 * booking-service's one call to claim capacity for a booking, on a reservation id it chose (or the hold a client
 * took), and its way back: the release of exactly that reservation. Both are idempotent, and both run to their end
 * even when the caller stops waiting, so a caller that timed out can release what it asked for and be sure no late
 * claim survives it. Only services reach {@code /internal/}.
 */
@Path("/internal/v1/reservations")
public class BookingClaimResource {
    private final Claims claims;
    private final Releases releases;
    private final TenantContext tenant;

    public BookingClaimResource(Claims claims, Releases releases, TenantContext tenant) {
        this.claims = claims;
        this.releases = releases;
        this.tenant = tenant;
    }

    /** Claims the lines for the booking, or hands it the hold with this id; asked again, the same answer. */
    @PUT
    @Path("/{id}")
    public Uni<ClaimedReservation> claim(@PathParam("id") UUID id, @Valid @NotNull BookingClaim claim) {
        String tenantId = tenant.id();
        return RunToEnd.of(claim instanceof BookingClaim.NewLines lines
                ? claims.claim(tenantId, id, lines.bookingId(), lines.customerId(), lines.lines(), lines.heldUntil())
                : claims.takeHold(tenantId, id, claim.bookingId(), claim.heldUntil()));
    }

    /**
     * Releases the reservation (with {@code bookingId}: only if that booking's); one not claimed yet never will be.
     */
    @DELETE
    @Path("/{id}")
    public Uni<ClaimedReservation> release(@PathParam("id") UUID id, @QueryParam("bookingId") UUID bookingId,
                                           @QueryParam("reason") @Size(max = 200) String reason) {
        return RunToEnd.of(releases.releaseOrForestall(tenant.id(), id, bookingId,
                reason == null ? "released" : reason));
    }
}
