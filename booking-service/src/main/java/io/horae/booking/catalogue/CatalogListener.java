package io.horae.booking.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.payment.PaymentDesk;
import io.horae.booking.projection.Snapshots;
import io.horae.booking.waitlist.WaitingList;
import io.horae.events.CloudEvent;
import io.horae.booking.waitlist.CourseClasses;
import io.horae.events.catalog.ClassCancelled;
import io.horae.events.catalog.ClassScheduled;
import io.horae.events.catalog.ServiceChanged;
import io.horae.kernel.inbox.Inbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows {@code horae.catalog} once per event: a changed service updates its snapshot (names, prices and rules of
 * later answers and bookings); a scheduled class is counted in its course (its series), for the course's waiting
 * list; a cancelled class cancels its open bookings (their time released, customers told and
 * webhooks sent by the usual events) and drops its waiting list in one transaction, and then gives back what the
 * cancelled bookings had paid from the wallet (a refund that fails is left for the merchant's refund, and logged).
 */
@ApplicationScoped
public class CatalogListener {
    private static final Logger LOG = Logger.getLogger(CatalogListener.class);
    private static final String CONSUMER = "booking-projections";
    private static final Set<String> CATALOG = Inbox.actsOn(ServiceChanged.TYPE, ClassScheduled.TYPE,
            ClassCancelled.TYPE);

    private final Inbox inbox;
    private final Snapshots snapshots;
    private final BookingService bookings;
    private final WaitingList waitingList;
    private final PaymentDesk payments;
    private final CourseClasses courses;
    private final ObjectMapper mapper;

    public CatalogListener(Inbox inbox, Snapshots snapshots, BookingService bookings, WaitingList waitingList,
                           PaymentDesk payments, CourseClasses courses, ObjectMapper mapper) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.payments = payments;
        this.courses = courses;
        this.mapper = mapper;
    }

    @Incoming("catalog")
    public Uni<Void> onCatalog(ConsumerRecord<String, String> record) {
        List<Booking> paid = new CopyOnWriteArrayList<>();
        return inbox.receive(CONSUMER, CATALOG, record, event -> apply(event, paid))
                .call(() -> Multi.createFrom().iterable(paid)
                        .onItem().transformToUniAndConcatenate(this::refund)
                        .collect().last());
    }

    private Uni<Void> apply(CloudEvent event, List<Booking> paid) {
        if (ServiceChanged.TYPE.matches(event)) {
            return snapshots.service(event.tenantid(), event.dataAs(ServiceChanged.TYPE, mapper));
        }
        if (ClassScheduled.TYPE.matches(event)) {
            return courses.scheduled(event.tenantid(), event.dataAs(ClassScheduled.TYPE, mapper));
        }
        ClassCancelled cancelled = event.dataAs(ClassCancelled.TYPE, mapper);
        return courses.cancelled(cancelled.classId())
                .chain(() -> waitingList.dropClass(event.tenantid(), cancelled.classId()))
                .chain(() -> bookings.cancelClass(event.tenantid(), cancelled.classId(), cancelled.reason()))
                .invoke(done -> done.stream().filter(b -> b.paid != null && b.paid.signum() > 0).forEach(paid::add))
                .replaceWithVoid();
    }

    private Uni<Void> refund(Booking booking) {
        UUID id = booking.id;
        return payments.refund(booking.tenantId, id).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf("booking %s of a cancelled class not refunded (%s); refund it by "
                        + "POST /api/v1/bookings/%s/refund", booking.reference, e.getMessage(), id))
                .onFailure().recoverWithNull();
    }
}
