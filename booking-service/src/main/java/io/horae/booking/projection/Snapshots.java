package io.horae.booking.projection;

import io.horae.events.catalog.ServiceChanged;
import io.horae.events.customer.CustomerProfile;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The projections of services and customers: written from events, read with bookings. */
@ApplicationScoped
public class Snapshots {
    private static final String SERVICES = """
            SELECT service_id, names, default_language, duration_minutes, price, currency, requires_confirmation,
                   cancellation_cutoff_minutes, level_prices
            FROM service_snapshot WHERE tenant_id = $1 AND service_id = ANY($2)""";
    private static final String CUSTOMERS = """
            SELECT customer_id, first_name, last_name, email, phone
            FROM customer_snapshot WHERE tenant_id = $1 AND customer_id = ANY($2)""";

    private final ObjectMapper mapper;
    private final Pool pool;

    public Snapshots(ObjectMapper mapper, Pool pool) {
        this.mapper = mapper;
        this.pool = pool;
    }

    /** Upserts within the caller's transaction. */
    public Uni<Void> service(String tenantId, ServiceChanged service) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO service_snapshot (tenant_id, service_id, names, default_language, duration_minutes,
                                                      price, currency, requires_confirmation,
                                                      cancellation_cutoff_minutes, level_prices, reminder_minutes)
                        VALUES (?1, ?2, cast(cast(?3 as text) as jsonb), ?4, ?5, ?6, ?7, ?8, ?9,
                                cast(cast(?10 as text) as jsonb), ?11)
                        ON CONFLICT (tenant_id, service_id) DO UPDATE SET names = excluded.names,
                            default_language = excluded.default_language, duration_minutes = excluded.duration_minutes,
                            price = excluded.price, currency = excluded.currency,
                            requires_confirmation = excluded.requires_confirmation,
                            cancellation_cutoff_minutes = excluded.cancellation_cutoff_minutes,
                            level_prices = excluded.level_prices, reminder_minutes = excluded.reminder_minutes""")
                .setParameter(1, tenantId).setParameter(2, service.serviceId()).setParameter(3, json(service.names()))
                .setParameter(4, service.defaultLanguage()).setParameter(5, service.durationMinutes())
                .setParameter(6, service.price()).setParameter(7, service.currency())
                .setParameter(8, service.requiresConfirmation())
                .setParameter(9, service.cancellationCutoffMinutes())
                .setParameter(10, json(service.levelPrices()))
                .setParameter(11, service.reminderMinutes())
                .executeUpdate()).replaceWithVoid();
    }

    /** Keeps a customer's latest profile (a statement of its own: the profile topic is state, not a stream). */
    public Uni<Void> customer(String tenantId, CustomerProfile customer) {
        return pool.preparedQuery("""
                        INSERT INTO customer_snapshot (tenant_id, customer_id, first_name, last_name, email, phone)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        ON CONFLICT (tenant_id, customer_id) DO UPDATE SET first_name = excluded.first_name,
                            last_name = excluded.last_name, email = excluded.email, phone = excluded.phone""")
                .execute(Tuple.tuple(java.util.Arrays.asList(tenantId, customer.customerId(), customer.firstName(),
                        customer.lastName(), customer.email(), customer.phone())))
                .replaceWithVoid();
    }

    /** Forgets a customer's personal data (GDPR erasure): the profile's tombstone names no tenant, the id is enough. */
    public Uni<Void> forgetCustomer(UUID customerId) {
        return pool.preparedQuery("DELETE FROM customer_snapshot WHERE customer_id = $1").execute(Tuple.of(customerId))
                .replaceWithVoid();
    }

    /** The tenant's services among {@code ids} that the projection knows, by id. */
    public Uni<Map<UUID, ServiceSnapshot>> services(String tenantId, Collection<UUID> ids) {
        return byId(SERVICES, tenantId, ids, row -> {
            ServiceSnapshot service = new ServiceSnapshot();
            service.tenantId = tenantId;
            service.serviceId = row.getUUID("service_id");
            service.names = names(row.getJsonObject("names"));
            service.defaultLanguage = row.getString("default_language");
            service.durationMinutes = row.getInteger("duration_minutes");
            service.price = row.getBigDecimal("price");
            service.currency = row.getString("currency");
            service.requiresConfirmation = row.getBoolean("requires_confirmation");
            service.cancellationCutoffMinutes = row.getInteger("cancellation_cutoff_minutes");
            service.levelPrices = levelPrices(row.getJsonObject("level_prices"));
            return service;
        }, s -> s.serviceId);
    }

    /** The tenant's customers among {@code ids} that the projection knows, by id. */
    public Uni<Map<UUID, CustomerSnapshot>> customers(String tenantId, Collection<UUID> ids) {
        return byId(CUSTOMERS, tenantId, ids, row -> {
            CustomerSnapshot customer = new CustomerSnapshot();
            customer.tenantId = tenantId;
            customer.customerId = row.getUUID("customer_id");
            customer.firstName = row.getString("first_name");
            customer.lastName = row.getString("last_name");
            customer.email = row.getString("email");
            customer.phone = row.getString("phone");
            return customer;
        }, c -> c.customerId);
    }

    /** Read with the reactive SQL client: every booking answer reads them, placing one included. */
    private <T> Uni<Map<UUID, T>> byId(String query, String tenantId, Collection<UUID> ids, Function<Row, T> read,
                                       Function<T, UUID> idOf) {
        UUID[] wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
        if (wanted.length == 0) {
            // a mutable map: callers look up lines without a service (rentals) by a null id
            return Uni.createFrom().item(new java.util.HashMap<>());
        }
        return pool.preparedQuery(query).execute(Tuple.of(tenantId, wanted)).map(rows -> {
            Map<UUID, T> found = new java.util.HashMap<>();
            for (Row row : rows) {
                T snapshot = read.apply(row);
                found.put(idOf.apply(snapshot), snapshot);
            }
            return found;
        });
    }

    private static Map<String, String> names(JsonObject names) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        if (names != null) {
            names.forEach(entry -> all.put(entry.getKey(), String.valueOf(entry.getValue())));
        }
        return all;
    }

    private static Map<UUID, BigDecimal> levelPrices(JsonObject prices) {
        Map<UUID, BigDecimal> all = new java.util.HashMap<>();
        if (prices != null) {
            prices.forEach(entry -> all.put(UUID.fromString(entry.getKey()), new BigDecimal(entry.getValue().toString())));
        }
        return all;
    }

    private String json(Map<?, ?> map) {
        try {
            return mapper.writeValueAsString(map == null ? Map.of() : map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
