package io.horae.booking.link;

import io.horae.booking.api.BookingLinks;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.lifecycle.BookingSettings;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Signed cancel, move, payment, calendar and ticket links for a booking's customer (Reservanto GetCancelLink, GetPaymentLink).
 */
@Path("/api/v1/bookings/{id}/links")
public class BookingLinkResource {
    private final BookingService bookings;
    private final Links links;
    private final BookingSettings settings;
    private final TenantContext tenant;

    public BookingLinkResource(BookingService bookings, Links links, BookingSettings settings, TenantContext tenant) {
        this.bookings = bookings;
        this.links = links;
        this.settings = settings;
        this.tenant = tenant;
    }

    @POST
    public Uni<BookingLinks> links(@PathParam("id") UUID id) {
        String tenantId = tenant.id();
        return bookings.existing(tenantId, id).map(b -> {
            Instant expires = Instant.now().plus(settings.linkValidity());
            return new BookingLinks(links.url(Links.Action.CANCEL, tenantId, id, expires),
                    links.url(Links.Action.PAY, tenantId, id, expires),
                    links.url(Links.Action.CALENDAR, tenantId, id, expires),
                    links.url(Links.Action.TICKET, tenantId, id, expires),
                    links.url(Links.Action.MOVE, tenantId, id, expires), expires.atOffset(ZoneOffset.UTC));
        });
    }
}
