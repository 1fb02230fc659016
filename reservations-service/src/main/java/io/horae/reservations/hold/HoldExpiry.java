package io.horae.reservations.hold;

import io.horae.reservations.reservation.Releases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Ends holds past their TTL, batch after batch, and announces each as reservation.expired. */
@ApplicationScoped
public class HoldExpiry {
    private static final Logger LOG = Logger.getLogger(HoldExpiry.class);

    private final Releases releases;
    private final Counter expired;

    public HoldExpiry(Releases releases, MeterRegistry registry) {
        this.releases = releases;
        this.expired = Counter.builder("horae.holds.expired").description("Holds ended because their time ran out")
                .register(registry);
    }

    @Scheduled(every = "${horae.reservations.sweep-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return releases.expireDue()
                .repeat().whilst(expired -> expired > 0)
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(total -> {
                    expired.increment(total);
                    if (total > 0) {
                        LOG.debugf("expired %d holds", total);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("hold expiry failed, retrying next round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
