package io.horae.availability.busy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationClaimed;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationReleased;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps busy time from horae.reservations: a claimed reservation takes its lines' footprints on their resources, a
 * released or expired one gives them back. One event per booking arrives here, so its statements run on the reactive
 * SQL client (through Hibernate they were a third of this service's CPU per booking).
 */
@ApplicationScoped
public class ReservationListener {
    private static final String CONSUMER = "availability-busy-time";
    private static final Set<String> ACTS_ON = Inbox.actsOn(ReservationClaimed.TYPE, ReservationReleased.TYPE,
            ReservationExpired.TYPE);
    private static final String FORGET = "DELETE FROM busy_interval WHERE reservation_id = $1";
    private static final String TAKE = """
            INSERT INTO busy_interval (claim_id, reservation_id, tenant_id, resource_id, service_id, class_id,
                                       footprint_start, footprint_end, seats, booking_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";

    private final Inbox inbox;
    private final ObjectMapper mapper;

    public ReservationListener(Inbox inbox, ObjectMapper mapper) {
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @Incoming("reservations")
    public Uni<Void> onReservation(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, this::apply);
    }

    private Uni<Void> apply(SqlConnection connection, CloudEvent event) {
        if (ReservationClaimed.TYPE.matches(event)) {
            ReservationClaimed claimed = event.dataAs(ReservationClaimed.TYPE, mapper);
            List<Tuple> rows = claimed.lines().stream().filter(ClaimedLine::onResource)
                    .map(line -> Tuple.from(new Object[]{line.lineId(), claimed.reservationId(), event.tenantid(),
                            line.resourceId(), line.serviceId(), line.classId(), line.footprintStart(),
                            line.footprintEnd(), Math.max(1, line.seats()), claimed.bookingId()}))
                    .toList();
            return forget(connection, claimed.reservationId()).chain(() -> rows.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : connection.preparedQuery(TAKE).executeBatch(rows).replaceWithVoid());
        }
        UUID freed = ReservationReleased.TYPE.matches(event)
                ? event.dataAs(ReservationReleased.TYPE, mapper).reservationId()
                : event.dataAs(ReservationExpired.TYPE, mapper).reservationId();
        return forget(connection, freed);
    }

    private static Uni<Void> forget(SqlConnection connection, UUID reservationId) {
        return connection.preparedQuery(FORGET).execute(Tuple.of(reservationId)).replaceWithVoid();
    }
}
