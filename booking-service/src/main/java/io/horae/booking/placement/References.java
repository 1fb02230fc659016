package io.horae.booking.placement;

import io.horae.kernel.concurrent.SingleFlight;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Human references of bookings, per tenant: B000001, B000002, … Each process takes a block of numbers from the
 * tenant's counter row at once and hands them out from memory, so a tenant's bookings do not queue on that row one
 * by one. Numbers are unique per tenant; a block a process did not use up (it stopped) leaves a gap, and replicas
 * hand out their blocks side by side, so references follow the order of booking only roughly.
 */
@ApplicationScoped
class References {
    static final int BLOCK = 32;
    private static final String TAKE_BLOCK = """
            INSERT INTO booking_reference (tenant_id, last) VALUES ($1, $2)
            ON CONFLICT (tenant_id) DO UPDATE SET last = booking_reference.last + $2
            RETURNING last""";

    /** Numbers {@code next} to {@code last} are this process's to hand out. */
    private record Block(AtomicLong next, long last) {
        long take() {
            long n = next.getAndIncrement();
            return n <= last ? n : -1;
        }
    }

    private final Pool pool;
    private final ConcurrentHashMap<String, Block> blocks = new ConcurrentHashMap<>();
    private final SingleFlight<String, Block> taking = new SingleFlight<>();

    References(Pool pool) {
        this.pool = pool;
    }

    /** The tenant's next reference. */
    Uni<String> next(String tenantId) {
        Block block = blocks.get(tenantId);
        long number = block == null ? -1 : block.take();
        if (number > 0) {
            return Uni.createFrom().item(format(number));
        }
        return taking.join(tenantId, () -> pool.preparedQuery(TAKE_BLOCK).execute(Tuple.of(tenantId, BLOCK))
                        .map(rows -> {
                            long last = rows.iterator().next().getLong(0);
                            Block taken = new Block(new AtomicLong(last - BLOCK + 1), last);
                            blocks.put(tenantId, taken);
                            return taken;
                        }))
                .chain(taken -> {
                    long n = taken.take();
                    return n > 0 ? Uni.createFrom().item(format(n)) : next(tenantId);
                });
    }

    static String format(long number) {
        return String.format("B%06d", number);
    }
}
