package io.horae.customer.customvalue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.customer.api.CustomValueDefinitionView;
import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomValueType;
import io.horae.customer.api.NewCustomValueDefinition;
import io.horae.kernel.json.Patches;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CustomValueDefinitionService {
    private final CustomValueDefinitionRepository definitions;
    private final Patches patches;
    private final Clock clock = Clock.systemUTC();

    public CustomValueDefinitionService(CustomValueDefinitionRepository definitions, Patches patches) {
        this.patches = patches;
        this.definitions = definitions;
    }

    @WithTransaction
    public Uni<CustomValueDefinition> define(String tenantId, NewCustomValueDefinition request) {
        return definitions.count("tenantId = ?1 and scope = ?2 and key = ?3", tenantId, request.scopeOrDefault(),
                request.key()).chain(existing -> {
            if (existing > 0) {
                return Uni.createFrom().failure(ProblemException.conflict("custom value " + request.key() + " is already defined"));
            }
            CustomValueDefinition definition = new CustomValueDefinition();
            definition.id = UUID.randomUUID();
            definition.tenantId = tenantId;
            definition.key = request.key();
            definition.type = request.type();
            definition.scope = request.scopeOrDefault();
            definition.active = true;
            definition.createdAt = OffsetDateTime.now(clock);
            fill(definition, request);
            return definitions.persist(definition);
        });
    }

    /**
     * Changes label, allowed values or whether it is required, by JSON merge patch checked as a new definition is. Its
     * key and type stay (the values customers have are stored under them); an allowed value a customer has stays.
     */
    @WithTransaction
    public Uni<CustomValueDefinition> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id).call(d -> {
            NewCustomValueDefinition changed = patches.apply(asRequest(d), patch, NewCustomValueDefinition.class);
            if (!changed.key().equals(d.key)) {
                throw ProblemException.badField("key", "cannot change: define a new custom value");
            }
            if (changed.type() != d.type) {
                throw ProblemException.badField("type", "cannot change: define a new custom value");
            }
            if (changed.scopeOrDefault() != d.scope) {
                throw ProblemException.badField("scope", "cannot change: define a new custom value");
            }
            checkValues(changed);
            List<String> dropped = Arrays.stream(d.allowedValues)
                    .filter(v -> changed.allowedValues() == null || !changed.allowedValues().contains(v)).toList();
            return (dropped.isEmpty() || d.type != CustomValueType.ENUM ? Uni.createFrom().item(0L)
                    : Multi.createFrom().iterable(dropped)
                    .onItem().transformToUniAndConcatenate(value -> customersWith(tenantId, d.key, value))
                    .collect().with(Collectors.summingLong(Long::longValue)))
                    .invoke(using -> {
                        if (using > 0) {
                            throw ProblemException.conflict(using + " customers have " + d.key + " one of "
                                    + String.join(", ", dropped) + ": change their values first");
                        }
                        fill(d, changed);
                    });
        });
    }

    /** Retires the definition ({@code active} false: required of nobody, left off forms) or uses it again. */
    @WithTransaction
    public Uni<CustomValueDefinition> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id).invoke(d -> d.active = active);
    }

    /** Deletes a definition no customer has a value of; 409 otherwise (retire it instead). */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(d -> customersWith(tenantId, d.key, null).invoke(using -> {
                    if (using > 0) {
                        throw ProblemException.conflict(using + " customers have a value of " + d.key
                                + ": retire it instead");
                    }
                }))
                .call(definitions::delete)
                .replaceWithVoid();
    }

    @WithSession
    public Uni<CustomValueDefinition> find(String tenantId, UUID id) {
        return owned(tenantId, id);
    }

    /** The tenant's definitions by key, all or only those {@code active} says, of one scope or both. */
    @WithSession
    public Uni<List<CustomValueDefinition>> list(String tenantId, Boolean active, CustomValueScope scope) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("tenant", tenantId));
        if (active != null) {
            query.append(" and active = :active");
            parameters.put("active", active);
        }
        if (scope != null) {
            query.append(" and scope = :scope");
            parameters.put("scope", scope);
        }
        return definitions.list(query.toString(), Sort.by("scope").and("key"), parameters);
    }

    /**
     * {@code submitted} (all of an object's values) checked against the definitions of {@code scope}: the values as
     * they are kept, or 400 naming each bad one. Runs in the caller's session, or in its own.
     */
    @WithSession
    public Uni<Map<String, Object>> check(String tenantId, CustomValueScope scope, Map<String, JsonNode> submitted) {
        return byKey(tenantId, scope).map(byKey -> {
            CustomValues.Checked checked = CustomValues.check(submitted == null ? Map.of() : submitted, byKey);
            if (!checked.errors().isEmpty()) {
                throw new ProblemException(400, "Bad Request", "invalid custom values", checked.errors());
            }
            return checked.values();
        });
    }

    private Uni<CustomValueDefinition> owned(String tenantId, UUID id) {
        return definitions.findOwned(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("custom value definition", id));
    }

    /** How many of the tenant's customers have a value of {@code key}: {@code value}, or any when it is null. */
    private Uni<Long> customersWith(String tenantId, String key, String value) {
        return definitions.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT count(*) FROM customer WHERE tenant_id = ?1 AND "
                            + (value == null ? "jsonb_exists(custom_values, ?2)" : "custom_values ->> ?2 = ?3"), Long.class)
                    .setParameter(1, tenantId).setParameter(2, key);
            return (value == null ? query : query.setParameter(3, value)).getSingleResult();
        });
    }

    private static void checkValues(NewCustomValueDefinition request) {
        if (request.type() == CustomValueType.ENUM && (request.allowedValues() == null || request.allowedValues().isEmpty())) {
            throw ProblemException.badField("allowedValues", "must list the values of an ENUM");
        }
    }

    private static void fill(CustomValueDefinition definition, NewCustomValueDefinition request) {
        checkValues(request);
        definition.label = request.label();
        definition.allowedValues = request.allowedValues() == null ? new String[0]
                : request.allowedValues().toArray(String[]::new);
        definition.required = Boolean.TRUE.equals(request.required());
    }

    private Uni<Map<String, CustomValueDefinition>> byKey(String tenantId, CustomValueScope scope) {
        return definitions.list("tenantId = ?1 and scope = ?2", Sort.by("key"), tenantId, scope)
                .map(all -> all.stream().collect(Collectors.toMap(d -> d.key, Function.identity())));
    }

    /** The definition as customer-api reads it. */
    static CustomValueDefinitionView view(CustomValueDefinition d) {
        return new CustomValueDefinitionView(d.id, d.key, d.label, d.type, List.of(d.allowedValues), d.required,
                d.active, d.scope);
    }

    /** The definition as the request that would define it as it is now: what a patch is applied to. */
    private static NewCustomValueDefinition asRequest(CustomValueDefinition d) {
        return new NewCustomValueDefinition(d.key, d.label, d.type, List.of(d.allowedValues), d.required, d.scope);
    }
}
