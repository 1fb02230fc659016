package io.horae.reservations.hold;

import io.horae.kernel.problem.ProblemException;
import io.horae.reservations.product.ProductRepository;
import io.horae.reservations.product.ProductStock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The product lines of holds (Recras product lists): they block no resource; a line naming a location takes its
 * pieces from that store's stock and gives them back when the hold ends.
 */
@ApplicationScoped
class ProductLines {
    private final ProductRepository products;
    private final Clock clock = Clock.systemUTC();

    ProductLines(ProductRepository products) {
        this.products = products;
    }

    /** Its start only has to lie ahead; the product and its stock are checked in the claim's transaction. */
    Uni<AvailabilityClient.Offer> offer(String field, HoldRequest.Line line) {
        if (line.start() == null || line.resourceId() != null || line.serviceId() != null || line.classId() != null
                || line.end() != null || line.seats() != null) {
            return Uni.createFrom().failure(ProblemException.badField(field,
                    "a product line has productId, amount, start and optionally locationId, nothing else"));
        }
        if (!line.start().isAfter(OffsetDateTime.now(clock))) {
            return Uni.createFrom().failure(ProblemException.badField(field + ".start", "must be in the future"));
        }
        return Uni.createFrom().item(new AvailabilityClient.Offer(true, line.start(), line.start(), null, null,
                line.seatCount(), null, null));
    }

    /**
     * In the claim's transaction: every product must be the tenant's; a line naming a location takes its pieces
     * (409 when the store has fewer), one without a location is not counted.
     */
    Uni<Void> take(String tenantId, List<Claim> lines) {
        List<Claim> productLines = lines.stream().filter(c -> c.productId != null).toList();
        if (productLines.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = productLines.stream().map(c -> c.productId).distinct().toList();
        return products.count("tenantId = ?1 and id in ?2", tenantId, ids).chain(found -> {
            if (found < ids.size()) {
                throw ProblemException.badField("lines", "names a product this merchant does not have");
            }
            return Multi.createFrom().iterable(productLines).filter(c -> c.locationId != null)
                    .onItem().transformToUniAndConcatenate(c -> ProductStock.take(tenantId, c.productId, c.locationId,
                            c.seats).invoke(taken -> {
                        if (!taken) {
                            throw ProblemException.conflict("not enough stock of product " + c.productId
                                    + " at location " + c.locationId + " for " + c.seats);
                        }
                    }))
                    .collect().asList().replaceWithVoid();
        });
    }

    /** Gives a released line's pieces back to its store, in the caller's transaction. */
    static Uni<Void> giveBack(Claim line) {
        return line.locationId == null ? Uni.createFrom().voidItem()
                : ProductStock.giveBack(line.tenantId, line.productId, line.locationId, line.seats);
    }
}
