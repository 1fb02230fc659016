package io.horae.booking.payment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BookingPayments implements PanacheRepositoryBase<BookingPayment, UUID> {
    @WithSession
    Uni<List<BookingPayment>> unrefunded(String tenantId, UUID bookingId) {
        return list("tenantId = ?1 and bookingId = ?2 and refundedAt is null", Sort.by("createdAt"), tenantId,
                bookingId);
    }

    @WithTransaction
    Uni<Void> markRefunded(UUID paymentId) {
        return update("refundedAt = ?1 where id = ?2 and refundedAt is null", OffsetDateTime.now(), paymentId)
                .replaceWithVoid();
    }
}
