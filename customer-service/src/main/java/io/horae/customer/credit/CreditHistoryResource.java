package io.horae.customer.credit;

import io.horae.customer.api.CreditHistoryEntry;
import io.horae.customer.api.CreditHistoryPage;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.horae.kernel.time.Instants;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.time.OffsetDateTime;

/** The merchant's credit history: every customer's movements in a period, by time (Reservanto Credit/GetHistory). */
@Path("/api/v1/credit/entries")
public class CreditHistoryResource {
    private final CreditEntryRepository entries;
    private final TenantContext tenant;

    public CreditHistoryResource(CreditEntryRepository entries, TenantContext tenant) {
        this.entries = entries;
        this.tenant = tenant;
    }

    /** Movements in {@code [from, to)} (both required), up to {@code limit} (at most 500) from {@code offset}. */
    @GET
    @WithSession
    public Uni<CreditHistoryPage> history(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        OffsetDateTime start = Instants.parse("from", from);
        OffsetDateTime end = Instants.parse("to", to);
        if (start == null || end == null || !start.isBefore(end)) {
            throw ProblemException.badField("from", "give from and to, from before to");
        }
        if (offset < 0 || limit < 1 || limit > 500) {
            throw ProblemException.badField("limit", "offset must not be negative, limit between 1 and 500");
        }
        String tenantId = tenant.id();
        return entries.history(tenantId, start, end, offset, limit).chain(found -> entries
                .countHistory(tenantId, start, end)
                .map(total -> new CreditHistoryPage(found.stream().map(CreditHistoryResource::entry).toList(), total,
                        offset, limit)));
    }

    private static CreditHistoryEntry entry(CreditEntry e) {
        return new CreditHistoryEntry(e.id, e.customerId, e.amount, e.balanceAfter, e.reason, e.reference, e.createdAt);
    }
}
