package io.horae.customer.account;

import io.horae.customer.api.AccountView;
import io.horae.customer.api.InvitationAcceptance;
import io.horae.customer.api.LoginLinkRequest;
import io.horae.customer.api.NewAccount;
import io.horae.customer.api.SignInToken;
import io.horae.customer.api.SignedIn;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Customer accounts and login tokens (Reservanto CreateAccount[WithPassword], DeleteAccount, Login). */
@Path("/api/v1/customers")
public class AccountResource {
    private final AccountService accounts;
    private final Secrets secrets;
    private final TenantContext tenant;
    private final Vertx vertx;

    private final LoginLinks loginLinks;

    public AccountResource(AccountService accounts, Secrets secrets, TenantContext tenant, Vertx vertx,
                           LoginLinks loginLinks) {
        this.loginLinks = loginLinks;
        this.accounts = accounts;
        this.secrets = secrets;
        this.tenant = tenant;
        this.vertx = vertx;
    }

    /**
     * Opens the customer's account. The customer must exist and have none before the password is hashed (bcrypt costs
     * tens of milliseconds on purpose, on a worker), and one customer's account is hashed for once at a time.
     */
    @POST
    @Path("/{customerId}/account")
    public Uni<Response> open(@PathParam("customerId") UUID customerId, @Valid NewAccount request) {
        String password = request == null ? null : request.password();
        if (password != null) {
            checkBytes(password);
        }
        String tenantId = tenant.id();
        return accounts.opening(tenantId, customerId, () -> password == null ? Uni.createFrom().nullItem()
                        : vertx.executeBlocking(Uni.createFrom().item(() -> secrets.hashPassword(password))))
                .map(a -> Response.status(201).entity(view(a)).build());
    }

    @GET
    @Path("/{customerId}/account")
    public Uni<AccountView> get(@PathParam("customerId") UUID customerId) {
        return accounts.find(tenant.id(), customerId).map(AccountResource::view);
    }

    @DELETE
    @Path("/{customerId}/account")
    public Uni<Response> close(@PathParam("customerId") UUID customerId) {
        return accounts.close(tenant.id(), customerId).map(ignored -> Response.noContent().build());
    }

    /** Sends a new invitation to an account without a password yet; links sent before stop working. */
    @POST
    @Path("/{customerId}/account/invitation")
    public Uni<Response> reinvite(@PathParam("customerId") UUID customerId) {
        return accounts.reinvite(tenant.id(), customerId).map(a -> Response.accepted(view(a)).build());
    }

    /** Sets the password from an invitation's link (once); the account is active from then on. */
    @POST
    @Path("/invitations/acceptance")
    public Uni<SignedIn> acceptInvitation(@Valid @NotNull InvitationAcceptance acceptance) {
        checkBytes(acceptance.password());
        return accounts.acceptInvitation(tenant.id(), acceptance.token(), ignored -> vertx.executeBlocking(
                Uni.createFrom().item(() -> secrets.hashPassword(acceptance.password())))).map(SignedIn::new);
    }

    @POST
    @Path("/{customerId}/login-tokens")
    public Uni<Response> issueLoginToken(@PathParam("customerId") UUID customerId) {
        return accounts.issueLoginToken(tenant.id(), customerId).map(t -> Response.status(201).entity(t).build());
    }

    /** Where a customer asks for a sign-in link by e-mail; 202 whether or not the address has an account. */
    @POST
    @Path("/login-links")
    public Uni<Response> mailLoginLink(@Valid @NotNull LoginLinkRequest request) {
        return loginLinks.mail(tenant.id(), request.email()).map(done -> Response.accepted().build());
    }

    @POST
    @Path("/login-tokens/redemption")
    public Uni<SignedIn> redeem(@Valid @NotNull SignInToken redemption) {
        return accounts.redeemLoginToken(tenant.id(), redemption.token()).map(SignedIn::new);
    }

    /** bcrypt reads 72 bytes: a longer password would be cut unseen. */
    private static void checkBytes(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > Secrets.MOST_PASSWORD_BYTES) {
            throw ProblemException.badField("password", "must be at most " + Secrets.MOST_PASSWORD_BYTES
                    + " bytes in UTF-8");
        }
    }

    private static AccountView view(CustomerAccount a) {
        return new AccountView(a.customerId, a.status, a.createdAt);
    }
}
