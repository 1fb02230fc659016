package io.horae.booking.lifecycle;

import io.horae.booking.projection.Snapshots;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Turns bookings into views: the projections of their customers and services read in one query each. */
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
                                .map(b -> BookingView.of(b, tickets.issue(b.tenantId, b.id), customers, services))
                                .toList()));
    }
}
