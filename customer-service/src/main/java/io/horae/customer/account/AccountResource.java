package io.horae.customer.account;

import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Customer accounts and login tokens (Reservanto CreateAccount[WithPassword], DeleteAccount, Login). */
@Path("/api/v1/customers")
public class AccountResource {
    /** Without a password the account is an invitation the customer completes. */
    public record NewAccount(@Size(min = 8, max = 72) String password) {
    }

    public record AccountView(UUID customerId, CustomerAccount.Status status, OffsetDateTime createdAt) {
        static AccountView of(CustomerAccount a) {
            return new AccountView(a.customerId, a.status, a.createdAt);
        }
    }

    public record TokenRedemption(@NotBlank @Size(max = 100) String token) {
    }

    public record LoggedIn(UUID customerId) {
    }

    private final AccountService accounts;
    private final TenantContext tenant;
    private final Vertx vertx;

    public AccountResource(AccountService accounts, TenantContext tenant, Vertx vertx) {
        this.accounts = accounts;
        this.tenant = tenant;
        this.vertx = vertx;
    }

    @POST
    @Path("/{customerId}/account")
    public Uni<Response> open(@PathParam("customerId") UUID customerId, @Valid NewAccount request) {
        String password = request == null ? null : request.password();
        String tenantId = tenant.id();
        // bcrypt takes tens of milliseconds on purpose: hash on a worker, continue on this request's context
        Uni<String> hash = password == null ? Uni.createFrom().nullItem()
                : vertx.executeBlocking(Uni.createFrom().item(() -> Secrets.hashPassword(password)));
        return hash.chain(h -> accounts.open(tenantId, customerId, h))
                .map(a -> Response.status(201).entity(AccountView.of(a)).build());
    }

    @GET
    @Path("/{customerId}/account")
    public Uni<AccountView> get(@PathParam("customerId") UUID customerId) {
        return accounts.find(tenant.id(), customerId).map(AccountView::of);
    }

    @DELETE
    @Path("/{customerId}/account")
    public Uni<Response> close(@PathParam("customerId") UUID customerId) {
        return accounts.close(tenant.id(), customerId).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{customerId}/login-tokens")
    public Uni<Response> issueLoginToken(@PathParam("customerId") UUID customerId) {
        return accounts.issueLoginToken(tenant.id(), customerId).map(t -> Response.status(201).entity(t).build());
    }

    @POST
    @Path("/login-tokens/redemption")
    public Uni<LoggedIn> redeem(@Valid @NotNull TokenRedemption redemption) {
        return accounts.redeemLoginToken(tenant.id(), redemption.token()).map(LoggedIn::new);
    }
}
