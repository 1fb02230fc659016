package io.horae.access;

import java.util.Map;
import java.util.Set;

/**
 * Who signs internal tokens and what each signer's tokens may do. The gateway signs for clients (key id
 * {@code gateway}) whatever their keys allow. A service signs only for its own calls, within a limit: booking-service
 * (key id {@code booking}) claims and releases reservations, reads products and offers, and moves money in customers'
 * wallets, so a token with its key reaches reservations, availability and customer-service with those scopes and
 * nothing else; a token with its key naming another scope or booking-service itself is refused. reservations-service
 * (key id {@code reservations}) only reads customers, to check a product reservation's customer.
 */
public final class Signers {
    public static final String GATEWAY = "gateway";
    public static final String BOOKING = "booking";
    public static final String RESERVATIONS = "reservations";

    /** What a service's tokens may carry: these scopes at most, to these services (application names). */
    public record Limit(Set<String> scopes, Set<String> audience) {
    }

    static final Map<String, Limit> SERVICES = Map.of(
            BOOKING, new Limit(Set.of("reservations:write", "catalog:read", "customers:write"),
                    Set.of("reservations-service", "availability-service", "customer-service")),
            RESERVATIONS, new Limit(Set.of("customers:read"), Set.of("customer-service")));

    private Signers() {
    }

    /** The limit of a service's own tokens. */
    public static Limit limit(String signer) {
        Limit limit = SERVICES.get(signer);
        if (limit == null) {
            throw new IllegalArgumentException("no service signs as " + signer);
        }
        return limit;
    }

    /** Whether {@code service} may serve a token signed with key {@code keyId} that carries {@code scopes}. */
    public static boolean mayReach(String keyId, Set<String> scopes, String service) {
        if (GATEWAY.equals(keyId)) {
            return true;
        }
        Limit limit = SERVICES.get(keyId);
        return limit != null && limit.audience().contains(service) && limit.scopes().containsAll(scopes);
    }
}
