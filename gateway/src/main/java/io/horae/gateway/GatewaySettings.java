package io.horae.gateway;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "horae.gateway")
public interface GatewaySettings {
    /** The tenant of the bootstrap API key. */
    Optional<String> bootstrapTenant();

    /** The bootstrap API key; stored keys per tenant come with the key administration. */
    Optional<String> bootstrapApiKey();

    /** Base URL of each service by name: customer, availability, reservations, booking. */
    Map<String, String> upstreams();
}
