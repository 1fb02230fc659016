package io.horae.customer.credit;

import io.horae.customer.api.CreditBalance;
import io.horae.customer.api.CreditEntryView;
import io.horae.customer.api.CreditMovement;
import io.horae.customer.api.CreditStatement;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A customer's credit (Reservanto TryUseCredit, Credit/GetHistory, Customer/CreditTransactions). */
@Path("/api/v1/customers/{customerId}/credit")
public class CreditResource {
    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("9999-01-01T00:00:00Z");

    private final CreditLedger ledger;
    private final TenantContext tenant;

    public CreditResource(CreditLedger ledger, TenantContext tenant) {
        this.ledger = ledger;
        this.tenant = tenant;
    }

    @GET
    public Uni<CreditBalance> balance(@PathParam("customerId") UUID customerId) {
        return ledger.balance(tenant.id(), customerId).map(balance -> new CreditBalance(customerId, balance));
    }

    /** Posts a movement: a positive amount adds credit, a negative one takes it (409 if the balance is short). */
    @POST
    @Path("/entries")
    public Uni<Response> post(@PathParam("customerId") UUID customerId, @Valid @NotNull CreditMovement movement) {
        if (movement.amount().signum() == 0) {
            throw ProblemException.badField("amount", "must not be zero");
        }
        return ledger.post(tenant.id(), customerId, movement.amount(), movement.reason(), movement.reference())
                .map(entry -> Response.status(201).entity(view(entry)).build());
    }

    /** Movements in {@code [from, to)} with the turnover of the period. */
    @GET
    @Path("/entries")
    public Uni<CreditStatement> statement(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        OffsetDateTime start = Optional.ofNullable(Instants.parse("from", from)).orElse(EARLIEST);
        OffsetDateTime end = Optional.ofNullable(Instants.parse("to", to)).orElse(LATEST);
        if (!start.isBefore(end)) {
            throw ProblemException.badField("from", "must be before to");
        }
        return ledger.statement(tenant.id(), customerId, start, end).map(s -> new CreditStatement(start, end,
                s.openingBalance(), s.credited(), s.debited(), s.closingBalance(),
                s.entries().stream().map(CreditResource::view).toList()));
    }

    private static CreditEntryView view(CreditEntry e) {
        return new CreditEntryView(e.id, e.amount, e.balanceAfter, e.reason, e.reference, e.createdAt);
    }
}
