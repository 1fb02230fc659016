package io.horae.reservations.productreservation;

import io.horae.kernel.persistence.Batches;
import io.horae.kernel.problem.ProblemException;
import io.horae.reservations.product.Product;
import io.horae.reservations.product.ProductRepository;
import io.horae.reservations.product.ProductStock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Product reservations for pickup. Taking stock is one conditional statement per item, so concurrent
 * reservations can never take more than a store holds; cancelling or a missed pickup gives it back.
 */
@ApplicationScoped
public class ProductReservations {
    private static final String NEXT_CODE = """
            INSERT INTO reservation_code_sequence (tenant_id, last) VALUES (?1, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET last = reservation_code_sequence.last + 1 RETURNING last""";

    /** A reservation with everything that belongs to it. */
    public record Whole(ProductReservation reservation, List<ProductReservationItem> items, List<ExternalCode> codes,
                        List<StateChange> states) {
    }

    public record Found(List<Whole> items, long totalItems) {
    }

    private final ProductReservationRepositories.Reservations reservations;
    private final ProductReservationRepositories.Items items;
    private final ProductReservationRepositories.Codes codes;
    private final ProductReservationRepositories.States states;
    private final ProductRepository products;
    private final ReservationSources sources;
    private final Clock clock = Clock.systemUTC();

    ProductReservations(ProductReservationRepositories.Reservations reservations,
                        ProductReservationRepositories.Items items, ProductReservationRepositories.Codes codes,
                        ProductReservationRepositories.States states, ProductRepository products,
                        ReservationSources sources) {
        this.reservations = reservations;
        this.items = items;
        this.codes = codes;
        this.states = states;
        this.products = products;
        this.sources = sources;
    }

    /**
     * Reserves the items at the store for the customer's pickup. The store must be one the merchant stocks products at,
     * the source one of its reservation sources (400 naming the field otherwise).
     */
    @WithTransaction
    public Uni<Whole> reserve(String tenantId, NewProductReservation request) {
        List<UUID> productIds = request.items().stream().map(NewProductReservation.Item::productId).distinct().toList();
        return sources.requireAll(tenantId, request.sourceId() == null ? List.of() : List.of(request.sourceId()),
                        "sourceId")
                .chain(() -> stocked(tenantId, request.storeId()))
                .chain(() -> productIds.isEmpty() ? Uni.createFrom().item(List.<Product>of())
                        : products.list("tenantId = ?1 and id in ?2", tenantId, productIds))
                .map(found -> found.stream().collect(Collectors.toMap(p -> p.id, Function.identity())))
                .chain(byId -> {
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    ProductReservation reservation = newReservation(tenantId, request, now);
                    List<ProductReservationItem> lines = lines(reservation, request.items(), byId);
                    return nextCode(tenantId)
                            .invoke(code -> reservation.reservationCode = code)
                            .chain(() -> takeStock(reservation, lines))
                            .chain(() -> reservations.persist(reservation))
                            .chain(() -> Batches.persist(items, lines))
                            .chain(() -> Batches.persist(codes, externalCodes(reservation, request)))
                            .chain(() -> states.persist(stateChange(reservation, now)))
                            .chain(() -> whole(reservation));
                });
    }

    /** Refuses a store where the merchant stocks nothing: no pickup can be reserved there. */
    private Uni<Void> stocked(String tenantId, UUID storeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*) FROM product_stock WHERE tenant_id = ?1 AND store_id = ?2", Long.class)
                .setParameter(1, tenantId).setParameter(2, storeId).getSingleResult()).invoke(found -> {
            if (found == 0) {
                throw ProblemException.badField("storeId", "is not a store this merchant stocks products at");
            }
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<Whole> find(String tenantId, UUID id) {
        return reservations.findOwned(tenantId, id).chain(r -> r == null ? Uni.createFrom().nullItem() : whole(r));
    }

    /** Reservations matching every given filter, {@code count} from {@code offset}, with the total. */
    @WithSession
    public Uni<Found> search(String tenantId, Long reservationCode, UUID customerId, UUID storeId, Integer state,
                             Sort sort, int offset, int count) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (reservationCode != null) {
            query.append(" and reservationCode = :code");
            parameters = parameters.and("code", reservationCode);
        }
        if (customerId != null) {
            query.append(" and customerId = :customer");
            parameters = parameters.and("customer", customerId);
        }
        if (storeId != null) {
            query.append(" and storeId = :store");
            parameters = parameters.and("store", storeId);
        }
        if (state != null) {
            query.append(" and state = :state");
            parameters = parameters.and("state", state);
        }
        var found = reservations.find(query.toString(), sort, parameters);
        return found.count().chain(total -> found.range(offset, offset + count - 1).list()
                .chain(this::wholes)
                .map(page -> new Found(page, total)));
    }

    /** Moves the reservation to {@code next}; cancelling or a missed pickup returns its stock. */
    @WithTransaction
    public Uni<Whole> change(String tenantId, UUID id, PickupState next) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reservations.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .map(r -> {
                    if (r == null || !r.tenantId.equals(tenantId)) {
                        throw ProblemException.notFound("product reservation", id);
                    }
                    r.become(next, now);
                    return r;
                })
                .call(r -> next.returnsStock() ? returnStock(r) : Uni.createFrom().voidItem())
                .call(r -> states.persist(stateChange(r, now)))
                .chain(this::whole);
    }

    private Uni<Void> takeStock(ProductReservation reservation, List<ProductReservationItem> lines) {
        return Multi.createFrom().iterable(lines).onItem().transformToUniAndConcatenate(line -> ProductStock
                        .take(reservation.tenantId, line.productId, reservation.storeId, line.amount)
                        .invoke(taken -> {
                            if (!taken) {
                                throw new ProblemException(409, "Conflict", "items[" + line.position
                                        + "]: not enough stock of product " + line.productId + " in the store",
                                        List.of(new io.horae.kernel.problem.Problem.FieldError(
                                                "items[" + line.position + "].amount", "exceeds the stock")));
                            }
                        }))
                .collect().asList().replaceWithVoid();
    }

    private Uni<Void> returnStock(ProductReservation reservation) {
        return items.list("productReservationId", reservation.id).chain(lines -> Multi.createFrom().iterable(lines)
                .onItem().transformToUniAndConcatenate(line -> ProductStock.giveBack(reservation.tenantId,
                        line.productId, reservation.storeId, line.amount))
                .collect().asList().replaceWithVoid());
    }

    private Uni<Long> nextCode(String tenantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(NEXT_CODE, Long.class)
                .setParameter(1, tenantId).getSingleResult());
    }

    private Uni<Whole> whole(ProductReservation r) {
        return wholes(List.of(r)).map(all -> all.get(0));
    }

    /** The reservations with their items, codes and states: three statements for any number of them. */
    private Uni<List<Whole>> wholes(List<ProductReservation> page) {
        if (page.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = page.stream().map(r -> r.id).toList();
        return items.list("productReservationId in ?1", Sort.by("position"), ids)
                .chain(lines -> codes.list("productReservationId in ?1", ids)
                        .chain(found -> states.list("productReservationId in ?1", Sort.by("changedAt").and("id"), ids)
                                .map(history -> {
                                    Map<UUID, List<ProductReservationItem>> linesOf = lines.stream()
                                            .collect(Collectors.groupingBy(l -> l.productReservationId));
                                    Map<UUID, List<ExternalCode>> codesOf = found.stream()
                                            .collect(Collectors.groupingBy(c -> c.productReservationId));
                                    Map<UUID, List<StateChange>> statesOf = history.stream()
                                            .collect(Collectors.groupingBy(c -> c.productReservationId));
                                    return page.stream().map(r -> new Whole(r,
                                            linesOf.getOrDefault(r.id, List.of()), codesOf.getOrDefault(r.id, List.of()),
                                            statesOf.getOrDefault(r.id, List.of()))).toList();
                                })));
    }

    private static ProductReservation newReservation(String tenantId, NewProductReservation request, OffsetDateTime now) {
        ProductReservation reservation = new ProductReservation();
        reservation.id = UUID.randomUUID();
        reservation.tenantId = tenantId;
        reservation.customerId = request.customerId();
        reservation.storeId = request.storeId();
        reservation.sourceId = request.sourceId();
        reservation.pickupDate = request.pickupDate();
        reservation.customersNote = request.customersNote();
        reservation.comments = request.comments() == null ? new String[0] : request.comments().toArray(String[]::new);
        reservation.benefitCodes = request.benefitCodes() == null ? new String[0]
                : request.benefitCodes().stream().map(String::strip).toArray(String[]::new);
        reservation.state = PickupState.ENTERED.code();
        reservation.lastChange = now;
        reservation.createdAt = now;
        return reservation;
    }

    /** Items priced from their products unless a unit price is given; the total is in the products' one currency. */
    private static List<ProductReservationItem> lines(ProductReservation reservation, List<NewProductReservation.Item> requested,
                                                      Map<UUID, Product> byId) {
        List<ProductReservationItem> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        String currency = null;
        for (int i = 0; i < requested.size(); i++) {
            NewProductReservation.Item item = requested.get(i);
            Product product = byId.get(item.productId());
            if (product == null) {
                throw ProblemException.badField("items[" + i + "].productId", "is not a product of this merchant");
            }
            if (!product.active) {
                throw ProblemException.badField("items[" + i + "].productId", "is no longer offered");
            }
            if (currency != null && !currency.equals(product.currency)) {
                throw ProblemException.badField("items[" + i + "].productId", "is priced in another currency");
            }
            currency = product.currency;
            ProductReservationItem line = new ProductReservationItem();
            line.id = UUID.randomUUID();
            line.productReservationId = reservation.id;
            line.productId = product.id;
            line.amount = item.amount();
            line.unitPrice = item.unitPrice() != null ? item.unitPrice() : product.price;
            line.vatRate = item.vatRate() != null ? item.vatRate() : product.vatRate;
            line.position = i;
            lines.add(line);
            total = total.add(line.unitPrice.multiply(BigDecimal.valueOf(line.amount)));
        }
        reservation.totalPrice = lines.isEmpty() ? null : total;
        reservation.currency = currency;
        return lines;
    }

    private static List<ExternalCode> externalCodes(ProductReservation reservation, NewProductReservation request) {
        if (request.externalCodes() == null) {
            return List.of();
        }
        return request.externalCodes().stream().distinct().map(c -> {
            ExternalCode code = new ExternalCode();
            code.productReservationId = reservation.id;
            code.externalCodeTypeId = c.typeId();
            code.value = c.value();
            return code;
        }).toList();
    }

    private static StateChange stateChange(ProductReservation reservation, OffsetDateTime now) {
        StateChange change = new StateChange();
        change.id = UUID.randomUUID();
        change.productReservationId = reservation.id;
        change.state = reservation.state;
        change.changedAt = now;
        return change;
    }
}
