package io.horae.customer.account;

import io.horae.customer.profile.Customer;
import io.horae.customer.mail.MailOutbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Invitations to set the password of an account opened without one (Reservanto CreateAccount): an e-mail with a
 * single-use link, valid for a week; a new invitation replaces the one before. Only the link's digest is kept.
 */
@ApplicationScoped
public class Invitations {
    static final Duration VALIDITY = Duration.ofDays(7);

    private final MailOutbox mails;
    private final String publicUrl;
    private final Clock clock = Clock.systemUTC();

    Invitations(MailOutbox mails, @ConfigProperty(name = "horae.customer.public-url") String publicUrl) {
        this.mails = mails;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Invites the customer by e-mail, in the caller's transaction; one without an address cannot be invited (409). */
    Uni<Void> send(Customer customer) {
        if (customer.email == null) {
            throw ProblemException.conflict("customer " + customer.id + " has no e-mail address to send the "
                    + "invitation to: give one, or open the account with a password");
        }
        String token = Secrets.newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String link = publicUrl + "/book/" + URLEncoder.encode(customer.tenantId, StandardCharsets.UTF_8)
                + "/password?token=" + token;
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("DELETE FROM account_invitation WHERE customer_id = ?1")
                        .setParameter(1, customer.id).executeUpdate()
                        .chain(() -> session.createNativeQuery("""
                                        INSERT INTO account_invitation (token_hash, tenant_id, customer_id, expires_at,
                                                                        created_at)
                                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                                .setParameter(1, Secrets.digest(token))
                                .setParameter(2, customer.tenantId)
                                .setParameter(3, customer.id)
                                .setParameter(4, now.plus(VALIDITY))
                                .setParameter(5, now)
                                .executeUpdate()))
                .chain(() -> mails.queue(customer.tenantId, customer.id, customer.email, "Set the password of your account",
                        "Hello " + customer.firstName + ",\n\n"
                                + "an account was opened for you. Choose its password within "
                                + VALIDITY.toDays() + " days here:\n\n" + link + "\n\n"
                                + "The link works once. If you did not expect this e-mail, ignore it.\n"));
    }

    /** Ends the customer's invitations and forgets the mails not sent yet (the account closes, or the customer goes). */
    public Uni<Void> withdraw(UUID customerId) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM account_invitation WHERE customer_id = ?1")
                        .setParameter(1, customerId).executeUpdate())
                .chain(() -> mails.forget(customerId));
    }

    /** The customer a valid, unused invitation token is for; 401 otherwise. Spends nothing. */
    Uni<UUID> invitee(String tenantId, String token) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT customer_id FROM account_invitation
                        WHERE token_hash = ?1 AND tenant_id = ?2 AND used_at IS NULL AND expires_at > now()""",
                        UUID.class)
                .setParameter(1, Secrets.digest(token)).setParameter(2, tenantId).getSingleResultOrNull())
                .onItem().ifNull().failWith(Invitations::unknown);
    }

    /** Spends the token and gives its account the password {@code passwordHash}: active from now on. */
    Uni<UUID> accept(String tenantId, String token, String passwordHash) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                UPDATE account_invitation SET used_at = now()
                                WHERE token_hash = ?1 AND tenant_id = ?2 AND used_at IS NULL AND expires_at > now()
                                RETURNING customer_id""", UUID.class)
                        .setParameter(1, Secrets.digest(token)).setParameter(2, tenantId).getSingleResultOrNull()
                        .onItem().ifNull().failWith(Invitations::unknown)
                        .call(customerId -> session.createNativeQuery("""
                                        UPDATE customer_account SET password_hash = ?2, status = 'ACTIVE'
                                        WHERE customer_id = ?1""")
                                .setParameter(1, customerId).setParameter(2, passwordHash).executeUpdate()));
    }

    private static ProblemException unknown() {
        return new ProblemException(401, "Unauthorized", "the invitation is unknown, used or expired", List.of());
    }
}
