package io.horae.availability.bookable;

import io.horae.claims.LineOffer;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;

/**
 * Whether the catalogue offers the lines of a claim, claims aside (reservations-service asks before each claim; its
 * own constraints decide whether the time is still free).
 */
@Path("/api/v1/availability/bookable")
public class BookableResource {
    private final Bookability bookability;
    private final TenantContext tenant;

    public BookableResource(Bookability bookability, TenantContext tenant) {
        this.bookability = bookability;
        this.tenant = tenant;
    }

    /** One offer per line, in order. */
    @POST
    public Uni<List<LineOffer>> offers(@Valid @NotNull LineOffer.Question question) {
        return bookability.offers(tenant.id(), question.lines());
    }
}
