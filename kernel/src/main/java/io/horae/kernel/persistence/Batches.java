package io.horae.kernel.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

import java.util.List;

/** Persisting several rows at once; Panache fails on an empty batch ("The Uni set is empty"), this does not. */
public final class Batches {
    private Batches() {
    }

    public static <T> Uni<Void> persist(PanacheRepositoryBase<T, ?> repository, List<T> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : repository.persist(rows);
    }
}
