package io.horae.customer.mail;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * E-mails to customers, written in the caller's transaction and sent by {@link MailRelay} once it committed: a mail
 * decided by a change that rolled back is never sent, one decided by a change that committed is sent at least once.
 */
@ApplicationScoped
public class MailOutbox {

    /** Queues a plain-text mail to {@code recipient}, about customer {@code customerId}, in the current transaction. */
    public Uni<Void> queue(String tenantId, UUID customerId, String recipient, String subject, String body) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO mail_outbox (id, tenant_id, customer_id, recipient, subject, body, next_attempt_at,
                                                 created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, tenantId)
                .setParameter(3, customerId)
                .setParameter(4, recipient)
                .setParameter(5, subject)
                .setParameter(6, body)
                .setParameter(7, OffsetDateTime.now())
                .executeUpdate()).replaceWithVoid();
    }

    /** Forgets every mail to the customer not sent yet (their personal data goes with them). */
    public Uni<Void> forget(UUID customerId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM mail_outbox WHERE customer_id = ?1")
                .setParameter(1, customerId).executeUpdate()).replaceWithVoid();
    }
}
