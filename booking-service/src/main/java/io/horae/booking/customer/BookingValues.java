package io.horae.booking.customer;

import com.fasterxml.jackson.databind.JsonNode;
import io.horae.customer.api.CheckedCustomValues;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomValuesCheck;
import io.horae.kernel.tenant.ServiceTokens;
import io.horae.kernel.upstream.UpstreamCall;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.Map;

/**
 * A booking's custom values, checked by customer-service against the merchant's definitions of scope BOOKING (the
 * one place custom values are defined and checked), on booking's own token.
 */
@ApplicationScoped
public class BookingValues {
    private static final UpstreamCall UPSTREAM = new UpstreamCall("customer-service", "does not exist",
            "the custom value definitions cannot be reached right now; nothing was changed", Duration.ofSeconds(5));

    private final CustomValuesClient client;
    private final ServiceTokens tokens;

    public BookingValues(@RestClient CustomValuesClient client, ServiceTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** All of a booking's values as they are kept: converted to their types, nulls dropped; 400 naming bad ones. */
    public Uni<Map<String, Object>> checked(String tenantId, Map<String, JsonNode> values) {
        return UPSTREAM.run(client.check(tokens.authorization(tenantId),
                new CustomValuesCheck(CustomValueScope.BOOKING, values)), "customValues")
                .map(CheckedCustomValues::values);
    }
}
