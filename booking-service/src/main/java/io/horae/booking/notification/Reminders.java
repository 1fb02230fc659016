package io.horae.booking.notification;

import io.horae.booking.lifecycle.Booking;
import io.horae.booking.lifecycle.BookingService;
import io.horae.booking.lifecycle.BookingSettings;
import io.horae.booking.api.BookingView;
import io.horae.booking.lifecycle.BookingViews;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.function.Function;

/**
 * Reminds customers of their confirmed bookings a while before the start: the service's {@code reminderMinutes}, or
 * the default. Each booking is reminded once per channel: a reminder is claimed by a row in {@code reminder_sent}
 * before it goes out, so neither a restart nor a second replica sends it again (a send that fails gives the claim back
 * for the next round). E-mail always, with the booking's calendar file; SMS when it is turned on and the customer has
 * a phone number.
 */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private static final int BATCH = 100;
    /**
     * Confirmed bookings whose reminder time has come and that have not been reminded on the channel. Only bookings
     * starting within the longest reminder time of any service (or the default) are looked at, by the index on
     * confirmed bookings' starts: with the usual day-ahead reminders, a day of bookings, not a month.
     */
    private static final String DUE = """
            SELECT b.tenant_id, b.id FROM booking b
            LEFT JOIN service_snapshot s ON s.tenant_id = b.tenant_id
                 AND s.service_id = (cast(b.lines AS jsonb) -> 0 ->> 'serviceId')::uuid
            WHERE b.status = 'CONFIRMED' AND b.starts_at > now()
              AND b.starts_at <= now() + make_interval(mins => greatest($1,
                  (SELECT coalesce(max(reminder_minutes), 0) FROM service_snapshot)))
              AND coalesce(s.reminder_minutes, $1) > 0
              AND b.starts_at - make_interval(mins => coalesce(s.reminder_minutes, $1)) <= now()
              AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.booking_id = b.id AND r.channel = $2)
            ORDER BY b.starts_at LIMIT $3""";

    private final Pool pool;
    private final BookingService bookings;
    private final BookingViews views;
    private final ReactiveMailer mailer;
    private final SmsSender sms;
    private final int defaultMinutes;
    private final boolean smsOn;

    public Reminders(Pool pool, BookingService bookings, BookingViews views, ReactiveMailer mailer, SmsSender sms,
                     BookingSettings settings) {
        this.pool = pool;
        this.bookings = bookings;
        this.views = views;
        this.mailer = mailer;
        this.sms = sms;
        this.defaultMinutes = settings.reminders().defaultMinutes();
        this.smsOn = settings.reminders().sms();
    }

    @Scheduled(every = "${horae.booking.reminders.every:60s}", delayed = "10s",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> remindDue() {
        Uni<Void> emails = remind(Channel.EMAIL, view -> view.customer().email() == null ? null
                : (booking, shown) -> mailer.send(BookingMails.reminder(shown, booking.version)));
        return smsOn ? emails.chain(() -> remind(Channel.SMS, view -> view.customer().phone() == null ? null
                : (booking, shown) -> sms.send(booking.tenantId, shown.customer().phone(),
                BookingMails.reminderText(shown)))) : emails;
    }

    enum Channel { EMAIL, SMS }

    /** How one channel reminds one booking, or {@code null} when the customer cannot be reached on it. */
    interface Send {
        Uni<Void> to(Booking booking, BookingView view);
    }

    private Uni<Void> remind(Channel channel, Function<BookingView, Send> sender) {
        return pool.preparedQuery(DUE).execute(Tuple.of(defaultMinutes, channel.name(), BATCH))
                .onItem().transformToMulti(rows -> Multi.createFrom().iterable(rows))
                .onItem().transformToUniAndConcatenate(row -> remind(channel, row, sender)
                        .onFailure().recoverWithUni(failure -> {
                            LOG.warnf("reminder %s of booking %s not sent, tried again next round: %s", channel,
                                    row.getUUID("id"), failure.getMessage());
                            return unclaim(row.getUUID("id"), channel);
                        }))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> remind(Channel channel, Row row, Function<BookingView, Send> sender) {
        UUID id = row.getUUID("id");
        return claim(id, channel).chain(claimed -> !claimed ? Uni.createFrom().voidItem()
                : Panache.withSession(() -> bookings.find(row.getString("tenant_id"), id)
                        .chain(booking -> views.of(booking).map(view -> new Shown(booking, view))))
                .chain(shown -> {
                    Send send = shown.view().customer() == null ? null : sender.apply(shown.view());
                    return send == null ? unreachable(id, channel) : send.to(shown.booking(), shown.view());
                }));
    }

    /** A booking with what the customer is shown of it, read in one session. */
    private record Shown(Booking booking, BookingView view) {
    }

    /** Whether this round won the booking's reminder on the channel (another replica's round may have). */
    private Uni<Boolean> claim(UUID booking, Channel channel) {
        return pool.preparedQuery("INSERT INTO reminder_sent (booking_id, channel) VALUES ($1, $2) "
                        + "ON CONFLICT DO NOTHING").execute(Tuple.of(booking, channel.name()))
                .map(result -> result.rowCount() == 1);
    }

    /** The customer has no address on the channel: the claim stays, so that the booking is not asked again. */
    private Uni<Void> unreachable(UUID booking, Channel channel) {
        return pool.preparedQuery("UPDATE reminder_sent SET outcome = 'UNREACHABLE' WHERE booking_id = $1 "
                + "AND channel = $2").execute(Tuple.of(booking, channel.name())).replaceWithVoid();
    }

    private Uni<Void> unclaim(UUID booking, Channel channel) {
        return pool.preparedQuery("DELETE FROM reminder_sent WHERE booking_id = $1 AND channel = $2")
                .execute(Tuple.of(booking, channel.name())).replaceWithVoid();
    }
}
