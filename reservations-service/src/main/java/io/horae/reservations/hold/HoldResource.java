package io.horae.reservations.hold;

import io.horae.access.Headers;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.LineRequest;
import io.horae.claims.ReservationStatus;
import io.horae.kernel.idempotency.Idempotency;
import io.horae.kernel.persistence.RunToEnd;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.reservations.reservation.Claims;
import io.horae.reservations.reservation.Releases;
import io.horae.reservations.reservation.ReservationSettings;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Holds on capacity (Qmatic "reserve a time slot", cal.com's reserved slot): take, read, release. */
@Path("/api/v1/reservations")
public class HoldResource {
    public record Release(@Size(max = 200) String reason) {
    }

    /** A line; {@code seats} is the pieces of a product line. */
    public record LineView(UUID id, UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start,
                           OffsetDateTime end, int seats, UUID productId, UUID locationId) {
    }

    public record ReservationView(UUID id, ReservationStatus status, UUID customerId, UUID bookingId,
                                  OffsetDateTime expiresAt, OffsetDateTime createdAt, List<LineView> lines) {
        static ReservationView of(ClaimedReservation r) {
            return new ReservationView(r.id(), r.status(), r.customerId(), r.bookingId(), r.expiresAt(), r.createdAt(),
                    r.lines() == null ? null : r.lines().stream().map(l -> new LineView(l.lineId(), l.resourceId(),
                            l.serviceId(), l.classId(), l.start(), l.end(), l.seats(), l.productId(), l.locationId()))
                            .toList());
        }
    }

    private final Claims claims;
    private final Releases releases;
    private final Idempotency idempotency;
    private final TenantContext tenant;
    private final ReservationSettings settings;

    public HoldResource(Claims claims, Releases releases, Idempotency idempotency, TenantContext tenant,
                        ReservationSettings settings) {
        this.claims = claims;
        this.releases = releases;
        this.idempotency = idempotency;
        this.tenant = tenant;
        this.settings = settings;
    }

    /**
     * Holds every line or none; 409 with {@code nextStarts} when the time is taken; 429 past the open holds a
     * tenant, a customer or a client address may have. The client's address is the gateway's
     * {@link Headers#CLIENT_ADDRESS}, absent on calls of services.
     */
    @POST
    public Uni<Response> hold(@Valid @NotNull HoldRequest request, @HeaderParam(Idempotency.HEADER) String key,
                              @HeaderParam(Headers.CLIENT_ADDRESS) String clientAddress) {
        String tenantId = tenant.id();
        Duration ttl = request.ttlSeconds() == null ? settings.defaultTtl() : Duration.ofSeconds(request.ttlSeconds());
        return RunToEnd.of(idempotency.begin(tenantId, key, request).chain(outcome -> outcome.replay() != null
                ? Uni.createFrom().item(outcome.replay())
                : claims.hold(tenantId, request.customerId(), clientAddress,
                                request.lines().stream().map(LineRequest::line).toList(), OffsetDateTime.now().plus(ttl),
                                (connection, held) -> outcome.attempt().complete(connection, created(held)))
                        .map(HoldResource::created)
                        .onFailure().call(outcome.attempt()::abandon)));
    }

    private static Response created(ClaimedReservation held) {
        return Response.created(URI.create("/api/v1/reservations/" + held.id())).entity(ReservationView.of(held))
                .build();
    }

    @GET
    @Path("/{id}")
    public Uni<ReservationView> get(@PathParam("id") UUID id) {
        return releases.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("reservation", id))
                .map(ReservationView::of);
    }

    @GET
    public Uni<List<ReservationView>> list(@QueryParam("status") ReservationStatus status,
                                           @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return releases.list(tenant.id(), status, offset, limit)
                .map(all -> all.stream().map(ReservationView::of).toList());
    }

    @POST
    @Path("/{id}/release")
    public Uni<ReservationView> release(@PathParam("id") UUID id, @Valid Release release) {
        return RunToEnd.of(releases.release(tenant.id(), id,
                release == null || release.reason() == null ? "released" : release.reason())).map(ReservationView::of);
    }
}
