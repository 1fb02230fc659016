package io.horae.booking.catalogue;

import io.horae.booking.projection.ServiceSnapshot;
import io.horae.booking.projection.Snapshots;
import io.horae.catalogue.api.ServiceView;
import io.horae.kernel.tenant.ServiceTokens;
import io.horae.kernel.upstream.UpstreamCall;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The services a booking prices and names. booking's projection of the catalogue answers for nearly all; a service
 * it does not know yet (created a moment ago, its event still on its way) is read from availability-service, on
 * booking's own token, so a booking made right after its service never goes without a price.
 */
@ApplicationScoped
public class KnownServices {
    private static final UpstreamCall UPSTREAM = new UpstreamCall("availability-service",
            "is not a service of this merchant", "the service cannot be read right now; nothing was booked",
            Duration.ofSeconds(5));

    private final Snapshots snapshots;
    private final CatalogueClient client;
    private final ServiceTokens tokens;

    KnownServices(Snapshots snapshots, @RestClient CatalogueClient client, ServiceTokens tokens) {
        this.snapshots = snapshots;
        this.client = client;
        this.tokens = tokens;
    }

    /** The tenant's services among {@code ids} (nulls ignored), by id. */
    public Uni<Map<UUID, ServiceSnapshot>> of(String tenantId, Collection<UUID> ids) {
        return snapshots.services(tenantId, ids).chain(known -> {
            List<UUID> missing = ids.stream().filter(Objects::nonNull).distinct()
                    .filter(id -> !known.containsKey(id)).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().item(known);
            }
            return Multi.createFrom().iterable(missing)
                    .onItem().transformToUniAndConcatenate(id -> UPSTREAM.run(
                            client.service(tokens.authorization(tenantId), id), "serviceId"))
                    .map(view -> snapshot(tenantId, view)).collect().asList()
                    .map(read -> {
                        Map<UUID, ServiceSnapshot> all = new HashMap<>(known);
                        read.forEach(s -> all.put(s.serviceId, s));
                        return all;
                    });
        });
    }

    /**
     * A service as availability answers it. Asked in no language, it names the service in its default language: that
     * name's language is the default one.
     */
    private static ServiceSnapshot snapshot(String tenantId, ServiceView view) {
        ServiceSnapshot service = new ServiceSnapshot();
        service.tenantId = tenantId;
        service.serviceId = view.id();
        service.names = view.names();
        service.defaultLanguage = view.names() == null ? null : view.names().entrySet().stream()
                .filter(e -> e.getValue().equals(view.name())).map(Map.Entry::getKey).findFirst().orElse(null);
        service.durationMinutes = view.durationMinutes();
        service.price = view.price();
        service.currency = view.currency();
        service.requiresConfirmation = view.requiresConfirmation();
        service.cancellationCutoffMinutes = view.cancellationCutoffMinutes();
        service.levelPrices = view.levelPrices();
        return service;
    }
}
