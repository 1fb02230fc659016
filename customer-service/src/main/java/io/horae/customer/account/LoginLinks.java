package io.horae.customer.account;

import io.horae.customer.mail.MailOutbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sign-in links by e-mail: a customer with an account asks on the tenant's booking page, and gets a link that signs
 * them in once to "my bookings" ({@code /book/{tenant}/#login=<token>}), valid {@link #VALIDITY}. Whether the
 * address has an account is never told: the answer is the same, and only an account's owner gets a mail.
 */
@ApplicationScoped
public class LoginLinks {
    static final Duration VALIDITY = Duration.ofMinutes(30);

    private final MailOutbox mails;
    private final String publicUrl;

    LoginLinks(MailOutbox mails, @ConfigProperty(name = "horae.customer.public-url") String publicUrl) {
        this.mails = mails;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Mails a sign-in link to the tenant's customer with an account and this e-mail, if there is one. */
    @WithTransaction
    public Uni<Void> mail(String tenantId, String email) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT c.id, c.first_name FROM customer c
                        JOIN customer_account a ON a.customer_id = c.id AND a.tenant_id = c.tenant_id
                        WHERE c.tenant_id = ?1 AND c.email = ?2 ORDER BY c.created_at LIMIT 1""", Object[].class)
                .setParameter(1, tenantId).setParameter(2, email).getResultList())
                .chain(found -> found.isEmpty() ? Uni.createFrom().voidItem()
                        : send(tenantId, (UUID) found.get(0)[0], (String) found.get(0)[1], email));
    }

    private Uni<Void> send(String tenantId, UUID customerId, String firstName, String email) {
        String token = Secrets.newToken();
        LoginToken login = new LoginToken();
        login.tokenHash = Secrets.digest(token);
        login.tenantId = tenantId;
        login.customerId = customerId;
        login.expiresAt = OffsetDateTime.now(ZoneOffset.UTC).plus(VALIDITY);
        String link = publicUrl + "/book/" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8) + "/#login=" + token;
        return Panache.getSession().chain(session -> session.persist(login))
                .chain(() -> mails.queue(tenantId, customerId, email, "Sign in to your bookings",
                        "Hello " + firstName + ",\n\n"
                                + "this link signs you in to your bookings, once, within " + VALIDITY.toMinutes()
                                + " minutes:\n\n" + link + "\n\n"
                                + "If you did not ask for it, ignore this e-mail.\n"));
    }
}
