package io.horae.reservations.reservation;

import io.horae.claims.ClaimedReservation;
import io.horae.claims.ReservationStatus;
import io.horae.events.reservation.ClaimedLine;
import io.horae.events.reservation.ReservationClaimed;
import io.horae.kernel.concurrent.OneAtATime;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.persistence.Constraints;
import io.horae.kernel.problem.ProblemException;
import io.horae.reservations.product.ProductStock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes claims, on the reactive SQL client: the claim is the platform's hottest transaction, and through Hibernate
 * Reactive its statements cost several times their SQL (query interpretation and entity bookkeeping were the largest
 * share of a profile under load). PostgreSQL decides every conflict: the exclusion constraint on claims, the CHECK on
 * shared-start counters, the stock that may not go negative.
 */
@ApplicationScoped
public class ClaimStore {
    /** What else a claim's transaction writes, once the claim is known. */
    @FunctionalInterface
    public interface AlsoWrite {
        Uni<Void> write(SqlConnection connection, ClaimedReservation claimed);
    }

    static final AlsoWrite NOTHING_MORE = (connection, claimed) -> Uni.createFrom().voidItem();

    private static final String INSERT_RESERVATION = """
            INSERT INTO reservation (id, tenant_id, status, customer_id, booking_id, expires_at, created_at, updated_at,
                                     version, client_address)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 0, $8) ON CONFLICT (id) DO NOTHING""";
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String COUNT_HELD = """
            SELECT count(*) FROM reservation WHERE tenant_id = $1 AND status = 'HELD' AND expires_at > $2""";
    private static final String COUNT_HELD_BY_CUSTOMER = """
            SELECT count(*) FROM reservation
            WHERE tenant_id = $1 AND customer_id = $3 AND status = 'HELD' AND expires_at > $2 AND booking_id IS NULL""";
    private static final String COUNT_HELD_BY_CLIENT = """
            SELECT count(*) FROM reservation
            WHERE tenant_id = $1 AND client_address = $3 AND status = 'HELD' AND expires_at > $2
              AND booking_id IS NULL""";
    private static final String INSERT_CLAIM = """
            INSERT INTO claim (id, reservation_id, tenant_id, resource_id, service_id, class_id, starts_at, ends_at,
                               footprint_start, footprint_end, seats, product_id, location_id, capacity_key, active)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, true)""";
    private static final String TAKE_SEATS = """
            INSERT INTO capacity_counter (tenant_id, key, capacity, used) VALUES ($1, $2, $3, $4)
            ON CONFLICT (tenant_id, key) DO UPDATE SET used = capacity_counter.used + EXCLUDED.used
            WHERE capacity_counter.used + EXCLUDED.used <= capacity_counter.capacity
            RETURNING used""";
    private static final String OWNED_PRODUCTS =
            "SELECT count(*) FROM product WHERE tenant_id = $1 AND id = ANY($2) AND active";
    private static final String TAKE_HOLD = """
            UPDATE reservation SET
                status = CASE WHEN $4::timestamptz IS NULL OR status = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'HELD' END,
                expires_at = CASE WHEN $4::timestamptz IS NULL OR status = 'CONFIRMED' THEN NULL
                                  ELSE least(expires_at, $4::timestamptz) END,
                booking_id = $3, updated_at = $5, version = version + 1
            WHERE id = $1 AND tenant_id = $2
              AND ((status = 'HELD' AND expires_at > $5 AND (booking_id IS NULL OR booking_id = $3))
                   OR (status = 'CONFIRMED' AND booking_id = $3))""";
    private static final String READ = """
            SELECT status, customer_id, booking_id, expires_at, created_at FROM reservation
            WHERE id = $1 AND tenant_id = $2""";
    private static final String READ_LINES = """
            SELECT id, resource_id, service_id, class_id, starts_at, ends_at, footprint_start, footprint_end, seats,
                   product_id, location_id
            FROM claim WHERE reservation_id = $1 ORDER BY starts_at, id""";

    /**
     * A reservation to write with its rows, all or none; {@code clientAddress} is where a client's hold came from
     * (null for a booking's claim).
     */
    record NewReservation(String tenantId, UUID id, UUID bookingId, UUID customerId, String clientAddress,
                          ReservationStatus status, OffsetDateTime expiresAt, OffsetDateTime now,
                          List<ClaimRows.Row> rows) {
        ClaimedReservation claimed() {
            return new ClaimedReservation(id, status, customerId, bookingId, expiresAt, now,
                    rows.stream().map(ClaimRows.Row::line).toList());
        }
    }

    /** The reservation id is in use already; nothing was written. */
    static final class IdInUse extends RuntimeException {
        IdInUse() {
            super("reservation id in use", null, false, false);
        }
    }

    /** An exclusive line meets a claim already made; nothing was written. */
    static final class Taken extends RuntimeException {
        Taken() {
            super("taken", null, false, false);
        }
    }

    private final Pool pool;
    private final Outbox outbox;
    private final ReservationSettings settings;
    private final OneAtATime turns = new OneAtATime();

    ClaimStore(Pool pool, Outbox outbox, ReservationSettings settings) {
        this.pool = pool;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Writes the reservation, its claims, the seats and pieces they take, and its {@code reservation.claimed} event,
     * in one transaction. Fails with {@link IdInUse}, {@link Taken}, or a problem (no seats or stock left, too many
     * holds, a product the tenant does not have), having written nothing.
     */
    Uni<ClaimedReservation> insert(NewReservation r, AlsoWrite alsoWrite) {
        ClaimedReservation claimed = r.claimed();
        List<String> resources = r.rows().stream().map(row -> row.line().resourceId()).filter(Objects::nonNull)
                .map(resource -> "claim:" + r.tenantId() + ":" + resource).distinct().sorted().toList();
        List<String> locks = java.util.stream.Stream.concat(resources.stream(), holders(r).stream()).sorted().toList();
        return turns.run(resources, () -> pool.withTransaction(connection -> lock(connection, locks)
                        .chain(() -> connection.preparedQuery(INSERT_RESERVATION)
                        .execute(Tuple.from(new Object[]{r.id(), r.tenantId(), r.status().name(), r.customerId(),
                                r.bookingId(), r.expiresAt(), r.now(), r.clientAddress()}))
                        .invoke(inserted -> {
                            if (inserted.rowCount() == 0) {
                                throw new IdInUse();
                            }
                        })
                        .chain(() -> r.status() == ReservationStatus.HELD ? refuseHoarding(connection, r)
                                : Uni.createFrom().voidItem())
                        .chain(() -> ownProducts(connection, r))
                        .chain(() -> insertClaims(connection, r))
                        .chain(() -> takeSeatsAndPieces(connection, r))
                        .chain(() -> outbox.append(connection, r.tenantId(), r.id(), ReservationClaimed.TYPE,
                                new ReservationClaimed(r.id(), r.bookingId(), claimed.lines(), r.expiresAt())))
                        .chain(() -> alsoWrite.write(connection, claimed))))
                .onFailure(e -> Constraints.violated(e, "claim_no_overlap")).transform(e -> new Taken())
                .replaceWith(claimed));
    }

    /**
     * Claims on one resource go one at a time: concurrent inserts that meet in an exclusion constraint wait for each
     * other and can deadlock (each sees the other's uncommitted row). Within this process they take turns before they
     * take a connection ({@link OneAtATime}); the transaction's advisory locks, taken in the same sorted order, do the
     * same across replicas.
     */
    private static Uni<Void> lock(SqlConnection connection, List<String> resources) {
        return Multi.createFrom().iterable(resources)
                .onItem().transformToUniAndConcatenate(key -> connection.preparedQuery(LOCK).execute(Tuple.of(key)))
                .collect().last().replaceWithVoid();
    }

    /**
     * The holders whose holds are counted exactly: a client's hold locks its customer and its address, so that
     * concurrent holds of one of them count each other.
     */
    private static List<String> holders(NewReservation r) {
        if (r.bookingId() != null || r.status() != ReservationStatus.HELD) {
            return List.of();
        }
        List<String> holders = new ArrayList<>(2);
        if (r.customerId() != null) {
            holders.add("hold:" + r.tenantId() + ":customer:" + r.customerId());
        }
        if (r.clientAddress() != null) {
            holders.add("hold:" + r.tenantId() + ":client:" + r.clientAddress());
        }
        return holders;
    }

    /**
     * Refuses a hold past the tenant's cap of open holds, and a client's hold past the cap of its customer or of its
     * client address (this hold counted): 429.
     */
    private Uni<Void> refuseHoarding(SqlConnection connection, NewReservation r) {
        Uni<Void> tenantCap = atMost(connection, COUNT_HELD, Tuple.of(r.tenantId(), r.now()),
                settings.maxHeldPerTenant(), "the tenant already holds %d reservations, the most it may; "
                        + "confirm or release some");
        if (r.bookingId() != null) {
            return tenantCap;
        }
        return tenantCap
                .chain(() -> r.customerId() == null ? Uni.createFrom().voidItem() : atMost(connection,
                        COUNT_HELD_BY_CUSTOMER, Tuple.of(r.tenantId(), r.now(), r.customerId()),
                        settings.maxHeldPerCustomer(), "the customer already holds %d starts, the most one customer "
                                + "may; book or release one first"))
                .chain(() -> r.clientAddress() == null ? Uni.createFrom().voidItem() : atMost(connection,
                        COUNT_HELD_BY_CLIENT, Tuple.of(r.tenantId(), r.now(), r.clientAddress()),
                        settings.maxHeldPerClient(), "this client already holds %d starts, the most one client "
                                + "may; book or release one first"));
    }

    private static Uni<Void> atMost(SqlConnection connection, String count, Tuple arguments, int most, String refusal) {
        return connection.preparedQuery(count).execute(arguments).invoke(rows -> {
            long held = rows.iterator().next().getLong(0);
            if (held > most) {
                throw new ProblemException(429, "Too Many Requests", refusal.formatted(held - 1), List.of());
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> ownProducts(SqlConnection connection, NewReservation r) {
        UUID[] products = r.rows().stream().map(row -> row.line().productId()).filter(Objects::nonNull)
                .distinct().toArray(UUID[]::new);
        if (products.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(OWNED_PRODUCTS).execute(Tuple.of(r.tenantId(), products)).invoke(rows -> {
            if (rows.iterator().next().getLong(0) < products.length) {
                throw ProblemException.badField("lines", "names a product this merchant does not have or retired");
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> insertClaims(SqlConnection connection, NewReservation r) {
        List<Tuple> claims = new ArrayList<>();
        for (ClaimRows.Row row : ClaimRows.inWritingOrder(r.rows())) {
            ClaimedLine l = row.line();
            claims.add(Tuple.from(new Object[]{l.lineId(), r.id(), r.tenantId(), l.resourceId(), l.serviceId(),
                    l.classId(), l.start(), l.end(), l.footprintStart(), l.footprintEnd(), l.seats(), l.productId(),
                    l.locationId(), row.capacityKey()}));
        }
        return connection.preparedQuery(INSERT_CLAIM).executeBatch(claims).replaceWithVoid();
    }

    /** Seats of shared starts and classes, then stock of products named with a store; a shortfall fails the claim. */
    private static Uni<Void> takeSeatsAndPieces(SqlConnection connection, NewReservation r) {
        return Multi.createFrom().iterable(r.rows().stream()
                        .filter(row -> row.capacityKey() != null || row.line().locationId() != null)
                        .sorted(java.util.Comparator.comparing(row -> row.capacityKey() == null ? ""
                                : row.capacityKey()))
                        .toList())
                .onItem().transformToUniAndConcatenate(row -> row.capacityKey() != null
                        ? takeSeats(connection, r.tenantId(), row) : takePieces(connection, r.tenantId(), row))
                .collect().last().replaceWithVoid();
    }

    private static Uni<Void> takeSeats(SqlConnection connection, String tenantId, ClaimRows.Row row) {
        return connection.preparedQuery(TAKE_SEATS)
                .execute(Tuple.of(tenantId, row.capacityKey(), row.capacity(), row.line().seats()))
                .onFailure(e -> Constraints.violated(e, "capacity_not_exceeded")).recoverWithItem((RowSet<Row>) null)
                .invoke(taken -> {
                    if (taken == null || taken.rowCount() == 0) {
                        throw ProblemException.conflict("no seats left at " + row.line().start());
                    }
                }).replaceWithVoid();
    }

    private static Uni<Void> takePieces(SqlConnection connection, String tenantId, ClaimRows.Row row) {
        ClaimedLine l = row.line();
        return connection.preparedQuery(ProductStock.TAKE)
                .execute(Tuple.of(tenantId, l.productId(), l.locationId(), l.seats())).invoke(taken -> {
                    if (taken.rowCount() == 0) {
                        throw ProblemException.conflict("not enough stock of product " + l.productId()
                                + " at location " + l.locationId() + " for " + l.seats());
                    }
                }).replaceWithVoid();
    }

    /**
     * Hands the hold {@code id} to the booking: confirmed, or held at most until {@code heldUntil}; taking it again for
     * the same booking changes nothing. Empty when the hold is not open to this booking.
     */
    Uni<java.util.Optional<ClaimedReservation>> takeHold(String tenantId, UUID id, UUID bookingId,
                                                         OffsetDateTime heldUntil, OffsetDateTime now) {
        return pool.preparedQuery(TAKE_HOLD).execute(Tuple.of(id, tenantId, bookingId, heldUntil, now))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().item(java.util.Optional.empty())
                        : read(tenantId, id).map(java.util.Optional::ofNullable));
    }

    /** The tenant's reservation with its lines, or null. */
    Uni<ClaimedReservation> read(String tenantId, UUID id) {
        return pool.preparedQuery(READ).execute(Tuple.of(id, tenantId)).chain(found -> {
            if (found.rowCount() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row r = found.iterator().next();
            return pool.preparedQuery(READ_LINES).execute(Tuple.of(id)).map(lines -> {
                List<ClaimedLine> claimed = new ArrayList<>();
                lines.forEach(l -> claimed.add(line(l)));
                return new ClaimedReservation(id, ReservationStatus.valueOf(r.getString("status")),
                        r.getUUID("customer_id"), r.getUUID("booking_id"), r.getOffsetDateTime("expires_at"),
                        r.getOffsetDateTime("created_at"), claimed);
            });
        });
    }

    private static ClaimedLine line(Row l) {
        Function<String, OffsetDateTime> time = l::getOffsetDateTime;
        return new ClaimedLine(l.getUUID("id"), l.getUUID("resource_id"), l.getUUID("service_id"),
                l.getUUID("class_id"), time.apply("starts_at"), time.apply("ends_at"), time.apply("footprint_start"),
                time.apply("footprint_end"), l.getInteger("seats"), l.getUUID("product_id"), l.getUUID("location_id"));
    }
}
