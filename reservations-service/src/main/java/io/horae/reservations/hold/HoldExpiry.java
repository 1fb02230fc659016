package io.horae.reservations.hold;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Ends holds past their TTL, batch after batch, and announces each as reservation.expired. */
@ApplicationScoped
public class HoldExpiry {
    private static final Logger LOG = Logger.getLogger(HoldExpiry.class);

    private final HoldService holds;

    public HoldExpiry(HoldService holds) {
        this.holds = holds;
    }

    @Scheduled(every = "${horae.reservations.sweep-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return holds.expireDue()
                .repeat().whilst(expired -> expired > 0)
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(total -> {
                    if (total > 0) {
                        LOG.debugf("expired %d holds", total);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("hold expiry failed, retrying next round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
