package io.horae.customer.account;

import io.horae.customer.api.AccountStatus;
import io.horae.customer.api.SignInToken;
import io.horae.customer.profile.CustomerRepository;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

@ApplicationScoped
public class AccountService {
    static final Duration LOGIN_TOKEN_VALIDITY = Duration.ofMinutes(3);

    @ApplicationScoped
    static class Accounts implements PanacheRepositoryBase<CustomerAccount, UUID> {
    }

    @ApplicationScoped
    static class Tokens implements PanacheRepositoryBase<LoginToken, String> {
    }

    private final Set<UUID> opening = ConcurrentHashMap.newKeySet();
    private final CustomerRepository customers;
    private final Accounts accounts;
    private final Tokens tokens;
    private final Invitations invitations;
    private final Clock clock = Clock.systemUTC();

    AccountService(CustomerRepository customers, Accounts accounts, Tokens tokens, Invitations invitations) {
        this.customers = customers;
        this.invitations = invitations;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * Opens an account once the customer is known to exist and to have none: active with the password {@code hash}
     * makes, or an invitation when it makes none. While one request opens a customer's account, another is a 409
     * at once, so a crowd of requests for one customer costs one hash.
     */
    public Uni<CustomerAccount> opening(String tenantId, UUID customerId, Supplier<Uni<String>> hash) {
        if (!opening.add(customerId)) {
            return Uni.createFrom().failure(ProblemException.conflict("an account of customer " + customerId
                    + " is being opened"));
        }
        return vacant(tenantId, customerId).chain(hash::get).chain(h -> open(tenantId, customerId, h))
                .onTermination().invoke(() -> opening.remove(customerId));
    }

    @WithSession
    Uni<Void> vacant(String tenantId, UUID customerId) {
        return customers.active(tenantId, customerId).chain(() -> accounts.findById(customerId)).invoke(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("customer " + customerId + " has an account");
            }
        }).replaceWithVoid();
    }

    /** Opens an account: active with {@code passwordHash}, or invited by e-mail when it is null. */
    @WithTransaction
    Uni<CustomerAccount> open(String tenantId, UUID customerId, String passwordHash) {
        return customers.active(tenantId, customerId)
                .chain(customer -> accounts.findById(customerId).chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().failure(ProblemException.conflict("customer " + customerId + " has an account"));
                    }
                    CustomerAccount account = new CustomerAccount();
                    account.customerId = customerId;
                    account.tenantId = tenantId;
                    account.passwordHash = passwordHash;
                    account.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
                    account.createdAt = OffsetDateTime.now(clock);
                    return accounts.persistAndFlush(account)
                            .call(() -> passwordHash == null ? invitations.send(customer) : Uni.createFrom().voidItem());
                }));
    }

    /** Sends a new invitation to an account still without a password; the links sent before stop working. */
    @WithTransaction
    public Uni<CustomerAccount> reinvite(String tenantId, UUID customerId) {
        return customers.active(tenantId, customerId).chain(customer -> accounts.findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("account of customer", customerId))
                .call(account -> {
                    if (account.status == AccountStatus.ACTIVE) {
                        throw ProblemException.conflict("the account of customer " + customerId + " has a password");
                    }
                    return invitations.send(customer);
                }));
    }

    /**
     * Sets the password from an invitation's link: the token is checked before the password is hashed (on a worker,
     * by {@code hash}) and spent with it, so it works once; the account is active from then on.
     */
    public Uni<UUID> acceptInvitation(String tenantId, String token, Function<UUID, Uni<String>> hash) {
        return Panache.withSession(() -> invitations.invitee(tenantId, token))
                .chain(customerId -> hash.apply(customerId))
                .chain(passwordHash -> Panache.withTransaction(() -> invitations.accept(tenantId, token, passwordHash)));
    }

    @WithSession
    public Uni<CustomerAccount> find(String tenantId, UUID customerId) {
        return customers.active(tenantId, customerId).chain(() -> accounts.findById(customerId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("account of customer", customerId));
    }

    @WithTransaction
    public Uni<Void> close(String tenantId, UUID customerId) {
        return find(tenantId, customerId)
                .call(account -> tokens.delete("customerId", customerId))
                .call(account -> invitations.withdraw(customerId))
                .chain(accounts::delete);
    }

    /** A token that logs the customer in once, within three minutes. */
    @WithTransaction
    public Uni<SignInToken> issueLoginToken(String tenantId, UUID customerId) {
        String token = Secrets.newToken();
        return find(tenantId, customerId).chain(account -> {
            LoginToken login = new LoginToken();
            login.tokenHash = Secrets.digest(token);
            login.tenantId = tenantId;
            login.customerId = customerId;
            login.expiresAt = OffsetDateTime.now(clock).plus(LOGIN_TOKEN_VALIDITY);
            return tokens.persist(login).map(saved -> new SignInToken(token, saved.expiresAt));
        });
    }

    /** The customer a token logs in; the token is spent, so a second redemption fails. */
    @WithTransaction
    public Uni<UUID> redeemLoginToken(String tenantId, String token) {
        return tokens.getSession().chain(session -> session.createNativeQuery("""
                        UPDATE login_token SET used_at = now()
                        WHERE token_hash = ?1 AND tenant_id = ?2 AND used_at IS NULL AND expires_at > now()
                        RETURNING customer_id""", UUID.class)
                .setParameter(1, Secrets.digest(token))
                .setParameter(2, tenantId)
                .getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new ProblemException(401, "Unauthorized",
                        "the login token is unknown, used or expired", java.util.List.of()));
    }

}
