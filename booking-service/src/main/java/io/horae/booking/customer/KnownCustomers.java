package io.horae.booking.customer;

import io.horae.customer.api.CustomerView;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.ServiceTokens;
import io.horae.kernel.upstream.UpstreamCall;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.UUID;

/**
 * Whether a booking's customer exists. booking's projection of customers answers for nearly all; one it does not
 * know yet (created a moment ago, its profile still on its way) is asked of customer-service, on booking's own token.
 * An erased or never created customer is refused, naming {@code customerId}.
 */
@ApplicationScoped
public class KnownCustomers {
    /**
     * Only the winner of a slot asks, with its claim held (for less than the claim's in-flight grace, 20 s). A cold
     * customer-service in a crowd right after a start answered its first question in more than 5 s on a slow machine,
     * turning the one customer who won away with a 503: it gets 10 s.
     */
    private static final UpstreamCall UPSTREAM = new UpstreamCall("customer-service", "does not exist",
            "the customer cannot be checked right now; nothing was booked", Duration.ofSeconds(10));

    private final CustomersClient client;
    private final ServiceTokens tokens;

    public KnownCustomers(@RestClient CustomersClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** Passes when {@code projected} (the projection has the customer) or customer-service has it; else 400. */
    public Uni<Void> require(String tenantId, UUID customerId, boolean projected) {
        if (customerId == null || projected) {
            return Uni.createFrom().voidItem();
        }
        return UPSTREAM.run(client.customer(tokens.authorization(tenantId), customerId), "customerId")
                .invoke(KnownCustomers::notErased).replaceWithVoid();
    }

    /** customer-service still answers for an erased customer (its id and dates), who cannot book any more. */
    private static void notErased(CustomerView customer) {
        if (customer.erasedAt() != null) {
            throw ProblemException.badField("customerId", "was erased");
        }
    }
}
