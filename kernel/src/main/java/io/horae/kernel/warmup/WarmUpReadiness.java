package io.horae.kernel.warmup;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Not ready until every {@link WarmUp} of the service has run once, so a crowd that waits for readiness (a restart
 * behind a load balancer, {@code ./horae up}) finds the hot paths warm. A warm-up that fails or takes over 60 s is
 * logged and counts as done: readiness then says what the service's other checks (its database) say. The check's
 * {@code outcome} says which it was.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(WarmUpReadiness.class);
    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private volatile String outcome = "running";
    private volatile boolean done;

    void start(@Observes StartupEvent event, Instance<WarmUp> warmUps) {
        List<WarmUp> all = warmUps.stream().toList();
        if (all.isEmpty()) {
            finish("nothing to warm up");
            return;
        }
        long started = System.nanoTime();
        VertxContextSupport.subscribe(() -> Multi.createFrom().iterable(all)
                        .onItem().transformToUniAndConcatenate(WarmUp::run).collect().last()
                        .ifNoItem().after(AT_MOST).fail().toMulti(),
                subscribe -> subscribe.with(ignored -> { }, failure -> {
                    LOG.warnf("warm-up failed (%s); ready without it", failure.toString());
                    finish("failed: " + failure);
                }, () -> finish(all.size() + " warmed up in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms")));
    }

    private void finish(String how) {
        outcome = how;
        done = true;
        LOG.info(how);
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(done).withData("outcome", outcome).build();
    }
}
