package io.horae.kernel.warmup;

import io.smallrye.mutiny.Uni;

/**
 * A first run of a service's hot path, made at start before the service reports ready. A JVM's first Hibernate
 * query loads and builds the HQL parser: on a busy machine that held customer-service's event loop for five seconds,
 * under the crowd that had waited for the platform to come back. A bean implementing this is run once, in a Vert.x
 * context of its own; what it reads is thrown away.
 */
public interface WarmUp {
    Uni<Void> run();
}
