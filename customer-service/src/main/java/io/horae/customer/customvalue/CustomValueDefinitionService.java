package io.horae.customer.customvalue;

import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CustomValueDefinitionService {
    private final CustomValueDefinitionRepository definitions;
    private final Clock clock = Clock.systemUTC();

    public CustomValueDefinitionService(CustomValueDefinitionRepository definitions) {
        this.definitions = definitions;
    }

    @WithTransaction
    public Uni<CustomValueDefinition> define(String tenantId, CustomValueDefinitionResource.NewDefinition request) {
        if (request.type() == CustomValueType.ENUM && (request.allowedValues() == null || request.allowedValues().isEmpty())) {
            return Uni.createFrom().failure(ProblemException.badField("allowedValues", "must list the values of an ENUM"));
        }
        return definitions.count("tenantId = ?1 and key = ?2", tenantId, request.key()).chain(existing -> {
            if (existing > 0) {
                return Uni.createFrom().failure(ProblemException.conflict("custom value " + request.key() + " is already defined"));
            }
            CustomValueDefinition definition = new CustomValueDefinition();
            definition.id = UUID.randomUUID();
            definition.tenantId = tenantId;
            definition.key = request.key();
            definition.label = request.label();
            definition.type = request.type();
            definition.allowedValues = request.allowedValues() == null ? new String[0]
                    : request.allowedValues().toArray(String[]::new);
            definition.required = Boolean.TRUE.equals(request.required());
            definition.createdAt = OffsetDateTime.now(clock);
            return definitions.persist(definition);
        });
    }

    @WithSession
    public Uni<List<CustomValueDefinition>> list(String tenantId) {
        return definitions.listOwned(tenantId, Sort.by("key"));
    }

    /** The tenant's definitions by key; call inside the caller's session. */
    public Uni<Map<String, CustomValueDefinition>> byKey(String tenantId) {
        return definitions.listOwned(tenantId, Sort.by("key"))
                .map(all -> all.stream().collect(Collectors.toMap(d -> d.key, Function.identity())));
    }
}
