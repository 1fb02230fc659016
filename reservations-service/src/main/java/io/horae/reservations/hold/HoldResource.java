package io.horae.reservations.hold;

import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Holds on time slots (Qmatic "reserve a time slot"): create, confirm, release, read. */
@Path("/api/v1/reservations")
public class HoldResource {
    public record Confirmation(@NotNull UUID bookingId) {
    }

    public record Release(@Size(max = 200) String reason) {
    }

    /** A line; {@code seats} is the pieces of a product line. */
    public record LineView(UUID id, UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start,
                           OffsetDateTime end, int seats, UUID productId, UUID locationId) {
        static LineView of(Claim c) {
            return new LineView(c.id, c.resourceId, c.serviceId, c.classId, c.startsAt, c.endsAt, c.seats, c.productId,
                    c.locationId);
        }
    }

    public record ReservationView(UUID id, Reservation.Status status, UUID customerId, UUID bookingId,
                                  OffsetDateTime expiresAt, OffsetDateTime createdAt, List<LineView> lines) {
        static ReservationView of(HoldService.Held held) {
            Reservation r = held.reservation();
            return new ReservationView(r.id, r.status, r.customerId, r.bookingId, r.expiresAt, r.createdAt,
                    held.claims() == null ? null : held.claims().stream().map(LineView::of).toList());
        }
    }

    private final HoldService holds;
    private final Idempotency idempotency;
    private final TenantContext tenant;

    public HoldResource(HoldService holds, Idempotency idempotency, TenantContext tenant) {
        this.holds = holds;
        this.idempotency = idempotency;
        this.tenant = tenant;
    }

    /** Holds every line or none; 409 with {@code nextStarts} when the time is taken. */
    @POST
    public Uni<Response> hold(@Valid @NotNull HoldRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        String tenantId = tenant.id();
        return idempotency.once(tenantId, key, request, () -> holds.hold(tenantId, request)
                .map(held -> Response.created(URI.create("/api/v1/reservations/" + held.reservation().id))
                        .entity(ReservationView.of(held)).build()));
    }

    @GET
    @Path("/{id}")
    public Uni<ReservationView> get(@PathParam("id") UUID id) {
        return holds.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reservation", id))
                .map(ReservationView::of);
    }

    @GET
    public Uni<List<ReservationView>> list(@QueryParam("status") Reservation.Status status,
                                           @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return holds.list(tenant.id(), status, offset, limit).map(all -> all.stream()
                .map(r -> ReservationView.of(new HoldService.Held(r, null))).toList());
    }

    /** Confirms the hold for a booking; the same booking may confirm again harmlessly. */
    @POST
    @Path("/{id}/confirmation")
    public Uni<ReservationView> confirm(@PathParam("id") UUID id, @Valid @NotNull Confirmation confirmation) {
        return RunToEnd.of(holds.confirm(tenant.id(), id, confirmation.bookingId())).map(ReservationView::of);
    }

    @POST
    @Path("/{id}/release")
    public Uni<ReservationView> release(@PathParam("id") UUID id, @Valid Release release) {
        return RunToEnd.of(holds.release(tenant.id(), id,
                release == null || release.reason() == null ? "released" : release.reason())).map(ReservationView::of);
    }
}
