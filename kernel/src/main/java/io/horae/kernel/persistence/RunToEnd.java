package io.horae.kernel.persistence;

import io.smallrye.mutiny.Uni;

/**
 * Work that runs to its end even when the client that asked for it goes away. Quarkus cancels a request's pipeline
 * when its HTTP connection closes, and a Hibernate Reactive transaction cancelled mid-way can leave its pooled
 * connection, and the locks its transaction holds, behind (quarkusio/quarkus#51576, hibernate-reactive#2926): a
 * crowd of impatient clients would then starve the pool for good. The work is subscribed on its own; the caller only
 * listens, and a caller that leaves does not stop it.
 */
public final class RunToEnd {
    private RunToEnd() {
    }

    public static <T> Uni<T> of(Uni<T> work) {
        return Uni.createFrom().emitter(caller -> work.subscribe().with(caller::complete, caller::fail));
    }
}
