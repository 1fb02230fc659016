package io.horae.availability.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.horae.availability.busy.BusyIntervalRepository.By;
import io.horae.availability.busy.BusyIntervalRepository;
import io.horae.catalogue.api.AffectedBooking;
import io.horae.events.catalog.ServiceChanged;
import io.horae.kernel.json.Patches;
import io.horae.kernel.outbox.Outbox;
import io.horae.kernel.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
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

/**
 * The services a merchant offers, through their whole life: defined, changed (a change applies to bookings made after
 * it; a booking keeps the price, duration and buffers it was made with), retired (kept for the bookings that have
 * it, offered to no new one; the answer lists the future bookings it affects), offered again, or deleted while
 * nothing uses it. Every change is announced on {@code horae.catalog}.
 */
@ApplicationScoped
public class ServiceCatalog {
    /** A service retired or offered again, and the future bookings of it the merchant may want to move or cancel. */
    public record Retirement(BookableService service, List<AffectedBooking> affected) {
    }

    private final BookableServiceRepository services;
    private final BusyIntervalRepository busy;
    private final Patches patches;
    private final Outbox outbox;
    private final Segments segments;
    private final PriceLevels levels;
    private final Clock clock = Clock.systemUTC();

    public ServiceCatalog(BookableServiceRepository services, BusyIntervalRepository busy, Patches patches,
                          Outbox outbox, Segments segments, PriceLevels levels) {
        this.services = services;
        this.busy = busy;
        this.patches = patches;
        this.outbox = outbox;
        this.segments = segments;
        this.levels = levels;
    }

    @WithTransaction
    public Uni<BookableService> define(String tenantId, ServiceResource.NewService request) {
        BookableService service = new BookableService();
        service.id = UUID.randomUUID();
        service.tenantId = tenantId;
        service.active = true;
        service.createdAt = OffsetDateTime.now(clock);
        fill(service, request);
        return services.persist(service).call(this::catalogued).call(this::announce);
    }

    /** Applies a JSON merge patch, checked by the rules of a new service. */
    @WithTransaction
    public Uni<BookableService> change(String tenantId, UUID id, ObjectNode patch) {
        return owned(tenantId, id)
                .invoke(s -> fill(s, patches.apply(ServiceResource.NewService.of(s), patch,
                        ServiceResource.NewService.class)))
                .call(this::catalogued)
                .call(this::announce);
    }

    /** Retires the service ({@code active} false) or offers it again. */
    @WithTransaction
    public Uni<Retirement> setActive(String tenantId, UUID id, boolean active) {
        return owned(tenantId, id)
                .invoke(s -> s.active = active)
                .call(this::announce)
                .chain(s -> (active ? Uni.createFrom().item(List.<AffectedBooking>of())
                        : busy.ahead(tenantId, By.SERVICE, id, OffsetDateTime.now(clock)))
                        .map(affected -> new Retirement(s, affected)));
    }

    /** Deletes a service nothing uses (no claim, no class); one in use answers 409: retire it instead. */
    @WithTransaction
    public Uni<Void> delete(String tenantId, UUID id) {
        return owned(tenantId, id)
                .call(s -> busy.unused(tenantId, By.SERVICE, id, "service " + id))
                .call(s -> Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM resource_service WHERE service_id = ?1")
                        .setParameter(1, id).executeUpdate()))
                .invoke(s -> s.active = false)
                .call(this::announce)
                .call(services::delete)
                .replaceWithVoid();
    }

    @WithSession
    public Uni<BookableService> find(String tenantId, UUID id) {
        return services.findOwned(tenantId, id);
    }

    /** The tenant's services, all or only those {@code active} says. */
    @WithSession
    public Uni<List<BookableService>> list(String tenantId, Boolean active) {
        Sort sort = Sort.by("createdAt").and("id");
        return active == null ? services.listOwned(tenantId, sort)
                : services.list("tenantId = ?1 and active = ?2", sort, tenantId, active);
    }

    private Uni<BookableService> owned(String tenantId, UUID id) {
        return services.findOwned(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound("service", id));
    }

    private static void fill(BookableService service, ServiceResource.NewService request) {
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
        service.reminderMinutes = request.reminderMinutes();
        service.levelPrices = request.levelPrices() == null ? new TreeMap<>() : new TreeMap<>(request.levelPrices());
        service.segment = request.segment() == null || request.segment().isBlank() ? null : request.segment().strip();
    }

    /**
     * The service's segment is in the catalogue of segments (made the first time a service names it), and its level
     * prices are at the merchant's price levels.
     */
    private Uni<Void> catalogued(BookableService s) {
        return levels.requireAll(s.tenantId, s.levelPrices.keySet(), "levelPrices")
                .chain(() -> s.segment == null ? Uni.createFrom().voidItem()
                        : segments.ensure(s.tenantId, List.of(s.segment)));
    }

    private Uni<Void> announce(BookableService s) {
        return outbox.append(s.tenantId, s.id, ServiceChanged.TYPE,
                new ServiceChanged(s.id, s.names, s.defaultLanguage, s.durationMinutes, s.capacity, s.price,
                        s.currency, s.vatRate, s.requiresConfirmation, s.segment, s.cancellationCutoffMinutes,
                        s.active, s.levelPrices, s.reminderMinutes));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
