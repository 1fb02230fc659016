package io.horae.booking.projection;

import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerCreated;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The projections of services and customers: written from events, read with bookings. */
@ApplicationScoped
public class Snapshots {
    private final ObjectMapper mapper;

    public Snapshots(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Upserts within the caller's transaction. */
    public Uni<Void> service(String tenantId, ServiceChanged service) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO service_snapshot (tenant_id, service_id, names, default_language, duration_minutes,
                                                      price, currency, requires_confirmation,
                                                      cancellation_cutoff_minutes)
                        VALUES (?1, ?2, cast(cast(?3 as text) as jsonb), ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (tenant_id, service_id) DO UPDATE SET names = excluded.names,
                            default_language = excluded.default_language, duration_minutes = excluded.duration_minutes,
                            price = excluded.price, currency = excluded.currency,
                            requires_confirmation = excluded.requires_confirmation,
                            cancellation_cutoff_minutes = excluded.cancellation_cutoff_minutes""")
                .setParameter(1, tenantId).setParameter(2, service.serviceId()).setParameter(3, json(service.names()))
                .setParameter(4, service.defaultLanguage()).setParameter(5, service.durationMinutes())
                .setParameter(6, service.price()).setParameter(7, service.currency())
                .setParameter(8, service.requiresConfirmation())
                .setParameter(9, service.cancellationCutoffMinutes())
                .executeUpdate()).replaceWithVoid();
    }

    /** Upserts within the caller's transaction (created and updated carry the same details). */
    public Uni<Void> customer(String tenantId, CustomerCreated customer) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_snapshot (tenant_id, customer_id, first_name, last_name, email, phone)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (tenant_id, customer_id) DO UPDATE SET first_name = excluded.first_name,
                            last_name = excluded.last_name, email = excluded.email, phone = excluded.phone""")
                .setParameter(1, tenantId).setParameter(2, customer.customerId())
                .setParameter(3, customer.firstName()).setParameter(4, customer.lastName())
                .setParameter(5, customer.email()).setParameter(6, customer.phone())
                .executeUpdate()).replaceWithVoid();
    }

    /** Forgets a customer's personal data (GDPR erasure). */
    public Uni<Void> eraseCustomer(String tenantId, UUID customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "DELETE FROM customer_snapshot WHERE tenant_id = ?1 AND customer_id = ?2")
                .setParameter(1, tenantId).setParameter(2, customerId).executeUpdate()).replaceWithVoid();
    }

    public Uni<Map<UUID, ServiceSnapshot>> services(String tenantId, Collection<UUID> ids) {
        return byId(ServiceSnapshot.class, "serviceId", tenantId, ids, s -> s.serviceId);
    }

    public Uni<Map<UUID, CustomerSnapshot>> customers(String tenantId, Collection<UUID> ids) {
        return byId(CustomerSnapshot.class, "customerId", tenantId, ids, c -> c.customerId);
    }

    private <T> Uni<Map<UUID, T>> byId(Class<T> type, String idField, String tenantId, Collection<UUID> ids,
                                       Function<T, UUID> idOf) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            // a mutable map: callers look up lines without a service (rentals) by a null id
            return Uni.createFrom().item(new java.util.HashMap<>());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from " + type.getSimpleName() + " where tenantId = ?1 and " + idField + " in ?2", type)
                .setParameter(1, tenantId).setParameter(2, wanted).getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(idOf, Function.identity())));
    }

    private String json(Map<String, String> names) {
        try {
            return mapper.writeValueAsString(names == null ? Map.of() : names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
