package io.horae.availability.service;

import io.horae.events.catalog.ServiceChanged;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class ServiceCatalog {
    private final BookableServiceRepository services;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public ServiceCatalog(BookableServiceRepository services, Outbox outbox) {
        this.services = services;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<BookableService> define(String tenantId, ServiceResource.NewService request) {
        Map<String, String> names = new TreeMap<>();
        request.names().forEach((language, name) -> names.put(language.toLowerCase(Locale.ROOT), name.strip()));
        String defaultLanguage = request.defaultLanguage() == null ? names.keySet().iterator().next()
                : request.defaultLanguage().toLowerCase(Locale.ROOT);
        if (!names.containsKey(defaultLanguage)) {
            throw ProblemException.badField("defaultLanguage", "must be one of the languages in names");
        }
        if (request.price() != null && request.currency() == null) {
            throw ProblemException.badField("currency", "is required with a price");
        }
        BookableService service = new BookableService();
        service.id = UUID.randomUUID();
        service.tenantId = tenantId;
        service.names = names;
        service.defaultLanguage = defaultLanguage;
        service.durationMinutes = request.durationMinutes();
        service.bufferBeforeMinutes = orZero(request.bufferBeforeMinutes());
        service.bufferAfterMinutes = orZero(request.bufferAfterMinutes());
        service.stepMinutes = request.stepMinutes() == null ? request.durationMinutes() : request.stepMinutes();
        service.capacity = request.capacity() == null ? 1 : request.capacity();
        service.price = request.price();
        service.currency = request.currency();
        service.vatRate = request.vatRate();
        service.minimumNoticeMinutes = orZero(request.minimumNoticeMinutes());
        service.maximumDaysAhead = request.maximumDaysAhead() == null ? 365 : request.maximumDaysAhead();
        service.requiresConfirmation = Boolean.TRUE.equals(request.requiresConfirmation());
        service.cancellationCutoffMinutes = request.cancellationCutoffMinutes();
        service.segment = request.segment();
        service.createdAt = OffsetDateTime.now(clock);
        return services.persist(service).call(s -> outbox.append(tenantId, s.id, ServiceChanged.TYPE,
                new ServiceChanged(s.id, s.names, s.defaultLanguage, s.durationMinutes, s.capacity, s.price,
                        s.currency, s.vatRate, s.requiresConfirmation, s.segment, s.cancellationCutoffMinutes)));
    }

    @WithSession
    public Uni<BookableService> find(String tenantId, UUID id) {
        return services.findOwned(tenantId, id);
    }

    @WithSession
    public Uni<List<BookableService>> list(String tenantId) {
        return services.listOwned(tenantId, Sort.by("createdAt").and("id"));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
