package io.horae.booking.reservations;

import io.horae.claims.BookingClaim;
import io.horae.claims.ClaimedReservation;
import io.horae.claims.HoldRequest;
import io.horae.claims.ProductView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** reservations-service, as booking sees it: claims for bookings, holds for waiting lists, products to price. */
@RegisterRestClient(configKey = "reservations")
public interface ReservationsClient {
    @PUT
    @Path("/internal/v1/reservations/{id}")
    Uni<ClaimedReservation> claim(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                                  BookingClaim claim);

    @DELETE
    @Path("/internal/v1/reservations/{id}")
    Uni<ClaimedReservation> release(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                                    @QueryParam("bookingId") UUID bookingId, @QueryParam("reason") String reason);

    @POST
    @Path("/api/v1/reservations")
    Uni<ClaimedReservation> hold(@HeaderParam("Authorization") String authorization, HoldRequest request);

    @GET
    @Path("/api/v1/products/{id}")
    Uni<ProductView> product(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
