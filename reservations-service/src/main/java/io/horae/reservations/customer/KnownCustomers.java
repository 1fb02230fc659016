package io.horae.reservations.customer;

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
 * Whether a product reservation's customer is one of the merchant's. reservations-service keeps stock and
 * reservations, not customers, so it asks customer-service, on its own token (the client's key may not read
 * customers). A customer who does not exist, or was erased, is refused naming {@code customerId}; customer-service
 * unreachable is a 503 and nothing is reserved.
 */
@ApplicationScoped
public class KnownCustomers {
    private static final UpstreamCall UPSTREAM = new UpstreamCall("customer-service",
            "is not a customer of this merchant", "the customer cannot be checked right now; nothing was reserved",
            Duration.ofSeconds(5));

    private final CustomersClient client;
    private final ServiceTokens tokens;

    KnownCustomers(@RestClient CustomersClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** Passes when customer-service has the customer; else 400 naming {@code customerId}, or 503. */
    public Uni<Void> require(String tenantId, UUID customerId) {
        return UPSTREAM.run(client.customer(tokens.authorization(tenantId), customerId), "customerId")
                .invoke(KnownCustomers::notErased).replaceWithVoid();
    }

    /** customer-service still answers for an erased customer (its id and dates), who cannot reserve any more. */
    private static void notErased(CustomerView customer) {
        if (customer.erasedAt() != null) {
            throw ProblemException.badField("customerId", "was erased");
        }
    }
}
