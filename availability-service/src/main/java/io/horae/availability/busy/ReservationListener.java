package io.horae.availability.busy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.events.CloudEvent;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationExpired;
import io.horae.events.reservation.ReservationClaimed;
import io.horae.events.reservation.ReservationReleased;
import io.horae.kernel.inbox.Inbox;
import io.horae.kernel.persistence.Batches;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import java.util.Set;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Keeps busy time from horae.reservations: a claimed reservation takes its lines' footprints on their resources, a
 * released or expired one gives them back.
 */
@ApplicationScoped
public class ReservationListener {
    private static final String CONSUMER = "availability-busy-time";
    private static final Set<String> ACTS_ON = Inbox.actsOn(ReservationClaimed.TYPE, ReservationReleased.TYPE,
            ReservationExpired.TYPE);

    private final Inbox inbox;
    private final BusyIntervalRepository busy;
    private final ObjectMapper mapper;

    public ReservationListener(Inbox inbox, BusyIntervalRepository busy, ObjectMapper mapper) {
        this.inbox = inbox;
        this.busy = busy;
        this.mapper = mapper;
    }

    @Incoming("reservations")
    public Uni<Void> onReservation(ConsumerRecord<String, String> record) {
        return inbox.receive(CONSUMER, ACTS_ON, record, this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        if (ReservationClaimed.TYPE.matches(event)) {
            ReservationClaimed claimed = event.dataAs(ReservationClaimed.TYPE, mapper);
            List<BusyInterval> rows = claimed.lines().stream().filter(ClaimedLine::onResource)
                    .map(line -> row(event.tenantid(), claimed, line)).toList();
            return busy.delete("reservationId", claimed.reservationId())
                    .chain(() -> Batches.persist(busy, rows));
        }
        if (ReservationReleased.TYPE.matches(event)) {
            return busy.delete("reservationId", event.dataAs(ReservationReleased.TYPE, mapper).reservationId())
                    .replaceWithVoid();
        }
        if (ReservationExpired.TYPE.matches(event)) {
            return busy.delete("reservationId", event.dataAs(ReservationExpired.TYPE, mapper).reservationId())
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private static BusyInterval row(String tenantId, ReservationClaimed claimed, ClaimedLine line) {
        BusyInterval row = new BusyInterval();
        row.claimId = line.lineId();
        row.reservationId = claimed.reservationId();
        row.tenantId = tenantId;
        row.resourceId = line.resourceId();
        row.serviceId = line.serviceId();
        row.classId = line.classId();
        row.footprintStart = line.footprintStart();
        row.footprintEnd = line.footprintEnd();
        row.seats = Math.max(1, line.seats());
        return row;
    }
}
