package io.horae.booking.lifecycle;

import io.horae.booking.api.BookingView;

import io.horae.booking.projection.CustomerSnapshot;
import io.horae.booking.projection.ServiceSnapshot;
import io.horae.booking.projection.Snapshots;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns bookings into the views clients read ({@link BookingView}): the projections of their customers and services read in one query each. */
@ApplicationScoped
public class BookingViews {
    private final Snapshots snapshots;
    private final Tickets tickets;

    public BookingViews(Snapshots snapshots, Tickets tickets) {
        this.snapshots = snapshots;
        this.tickets = tickets;
    }

    public Uni<BookingView> of(Booking booking) {
        return of(List.of(booking)).map(views -> views.get(0));
    }

    @WithSession
    public Uni<List<BookingView>> of(List<Booking> bookings) {
        if (bookings.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String tenantId = bookings.get(0).tenantId;
        return snapshots.customers(tenantId, bookings.stream().map(b -> b.customerId).toList())
                .chain(customers -> snapshots.services(tenantId, bookings.stream()
                                .flatMap(b -> b.lines.items().stream().map(BookingLine::serviceId)).toList())
                        .map(services -> bookings.stream()
                                .map(b -> view(b, tickets.issue(b.tenantId, b.id), customers, services))
                                .toList()));
    }

    /** The view of {@code b}, with its customer and services from the projections read already. */
    public static BookingView view(Booking b, String ticket, Map<UUID, CustomerSnapshot> customers,
                                   Map<UUID, ServiceSnapshot> services) {
        CustomerSnapshot c = b.customerId == null ? null : customers.get(b.customerId);
        return new BookingView(b.id, b.reference, b.kind, b.status, b.statusReason, b.customerId,
                c == null ? null : new BookingView.Customer(c.firstName, c.lastName, c.email, c.phone),
                b.reservationId, b.startsAt, b.endsAt, b.lines.items().stream().map(l -> new BookingView.Line(
                        l.resourceId(), l.serviceId(),
                        services.containsKey(l.serviceId()) ? services.get(l.serviceId()).name() : null, l.classId(),
                        l.start(), l.end(), l.seats(), l.productId(), l.productName(), l.locationId())).toList(),
                b.note, b.price, b.priceLevelId, b.currency, b.paymentStatus, b.paid, b.owed(), b.expiresAt, ticket,
                b.checkedInAt, b.customValues(), b.createdAt, b.updatedAt);
    }
}
