package io.horae.gateway.key;

import io.horae.access.Caller;
import io.horae.compat.host.Tenancy;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The gateway's keys and tenants as the vendor module asks for them (Reservanto's short-time token and merchant). */
@ApplicationScoped
public class KeyTenancy implements Tenancy {
    private final KeyAdministration administration;
    private final ApiKeyStore store;

    public KeyTenancy(KeyAdministration administration, ApiKeyStore store) {
        this.administration = administration;
        this.store = store;
    }

    @Override
    public Future<IssuedToken> shortTimeToken(Caller caller) {
        return administration.shortTimeToken(caller).map(issued -> new IssuedToken(issued.secret(), issued.expiresAt()));
    }

    @Override
    public Future<Optional<String>> tenantName(String tenant) {
        return store.tenantName(tenant);
    }
}
