package io.horae.booking.lifecycle;

import io.horae.kernel.externalid.ExternalIdResource;
import io.horae.kernel.tenant.TenantContext;
import jakarta.ws.rs.Path;

/** The merchant's own identifiers of its bookings, found by value. */
@Path(BookingExternalIdResource.PATH)
public class BookingExternalIdResource extends ExternalIdResource {
    static final String PATH = "/api/v1/external-ids/bookings";

    BookingExternalIdResource(BookingExternalIds ids, TenantContext tenant) {
        super(ids, tenant, PATH);
    }
}
