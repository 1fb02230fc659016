package io.horae.booking.booking;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** reservations-service, as booking sees it: holds to take, read, confirm and release. */
@RegisterRestClient(configKey = "reservations")
@Path("/api/v1/reservations")
public interface ReservationsClient {
    /** A service at a start, a class seat ({@code classId}), a rental ({@code end}, no service), or a product. */
    record Line(UUID resourceId, UUID serviceId, OffsetDateTime start, UUID classId, Integer seats,
                OffsetDateTime end, UUID productId, UUID locationId, Integer amount) {
    }

    record HoldRequest(List<Line> lines, UUID customerId, Integer ttlSeconds) {
    }

    record Confirmation(UUID bookingId) {
    }

    record Release(String reason) {
    }

    record HeldLine(UUID resourceId, UUID serviceId, UUID classId, OffsetDateTime start, OffsetDateTime end,
                    int seats, UUID productId, UUID locationId) {
    }

    record Hold(UUID id, String status, UUID customerId, UUID bookingId, OffsetDateTime expiresAt,
                List<HeldLine> lines) {
    }

    @POST
    Uni<Hold> hold(@HeaderParam("Authorization") String authorization,
                   @HeaderParam("Idempotency-Key") String idempotencyKey, HoldRequest request);

    @GET
    @Path("/{id}")
    Uni<Hold> get(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @POST
    @Path("/{id}/confirmation")
    Uni<Hold> confirm(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                      Confirmation confirmation);

    @POST
    @Path("/{id}/release")
    Uni<Hold> release(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id, Release release);
}
