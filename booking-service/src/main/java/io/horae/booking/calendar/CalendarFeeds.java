package io.horae.booking.calendar;

import io.horae.booking.lifecycle.BookingRepository;
import io.horae.booking.lifecycle.BookingViews;
import io.horae.booking.lifecycle.Booking;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * Calendar feeds: a resource's bookings for its staff, or a customer's, at a secret URL a calendar subscribes to.
 * The secret is shown once, when the feed is made, and kept only as its digest; revoking the feed ends the URL. A
 * feed shows the bookings from {@link #PAST_DAYS} days ago to {@link #FUTURE_DAYS} days ahead, cancelled ones
 * included (so that subscribed calendars drop them), at most {@link #MOST} of them.
 */
@ApplicationScoped
public class CalendarFeeds {
    static final int PAST_DAYS = 30;
    static final int FUTURE_DAYS = 400;
    static final int MOST = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A feed as the merchant sees it; {@code url} only in the answer that made it. */
    public record Feed(UUID id, UUID resourceId, UUID customerId, String timeZone, OffsetDateTime createdAt,
                       OffsetDateTime revokedAt, String url) {
    }

    private final Pool pool;
    private final BookingRepository bookings;
    private final BookingViews views;

    public CalendarFeeds(Pool pool, BookingRepository bookings, BookingViews views) {
        this.pool = pool;
        this.bookings = bookings;
        this.views = views;
    }

    /** A new feed; {@code publicUrl} is where customers reach the platform. */
    public Uni<Feed> create(String tenant, UUID resource, UUID customer, ZoneId zone, String publicUrl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("""
                        INSERT INTO calendar_feed (id, tenant_id, resource_id, customer_id, time_zone, digest)
                        VALUES ($1, $2, $3, $4, $5, $6) RETURNING *""")
                .execute(Tuple.from(java.util.Arrays.asList(id, tenant, resource, customer, zone.getId(),
                        io.vertx.core.buffer.Buffer.buffer(digest(secret)))))
                .map(rows -> feed(rows.iterator().next(), publicUrl + "/links/feeds/" + secret + "/calendar.ics"));
    }

    public Uni<List<Feed>> list(String tenant) {
        return pool.preparedQuery("SELECT * FROM calendar_feed WHERE tenant_id = $1 ORDER BY created_at")
                .execute(Tuple.of(tenant))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(row -> feed(row, null)).toList());
    }

    /** Ends the feed's URL; a 404 if the tenant has no such feed. */
    public Uni<Void> revoke(String tenant, UUID id) {
        return pool.preparedQuery("UPDATE calendar_feed SET revoked_at = coalesce(revoked_at, now()) "
                        + "WHERE tenant_id = $1 AND id = $2").execute(Tuple.of(tenant, id))
                .map(result -> {
                    if (result.rowCount() == 0) {
                        throw ProblemException.notFound("calendar feed", id);
                    }
                    return null;
                });
    }

    /** The feed's calendar behind the secret, or a 404 for an unknown or revoked one. */
    @WithSession
    public Uni<String> calendar(String secret) {
        return pool.preparedQuery("SELECT * FROM calendar_feed WHERE digest = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(io.vertx.core.buffer.Buffer.buffer(digest(secret))))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new ProblemException(404, "Not Found", "no such calendar feed", List.of());
                    }
                    Row row = rows.iterator().next();
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    ZoneId zone = ZoneId.of(row.getString("time_zone"));
                    return bookings.forCalendar(row.getString("tenant_id"), row.getUUID("resource_id"),
                                    row.getUUID("customer_id"), now.minusDays(PAST_DAYS), now.plusDays(FUTURE_DAYS), MOST)
                            .chain(found -> views.of(found).map(shown -> {
                                List<BookingCalendar.Versioned> events = new ArrayList<>();
                                for (int i = 0; i < found.size(); i++) {
                                    events.add(new BookingCalendar.Versioned(shown.get(i), found.get(i).version));
                                }
                                return BookingCalendar.feed(row.getUUID("resource_id") != null ? "Bookings"
                                        : "My bookings", events, zone);
                            }));
                });
    }

    private static Feed feed(Row row, String url) {
        return new Feed(row.getUUID("id"), row.getUUID("resource_id"), row.getUUID("customer_id"),
                row.getString("time_zone"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("revoked_at"),
                url);
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
