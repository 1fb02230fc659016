package io.horae.booking.placement;

import io.horae.booking.lifecycle.BookingLine;
import io.horae.booking.projection.ServiceSnapshot;
import io.horae.claims.ProductView;
import io.horae.kernel.problem.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a booking's lines cost: services at their snapshot's price per seat (at the price level {@code level} where
 * they have one), products at their price per piece.
 */
record Tariff(Map<UUID, ServiceSnapshot> services, Map<UUID, ProductView> products, UUID level) {

    /** Refuses a price level none of the booked services has a price at. */
    Tariff {
        if (level != null && services.values().stream().noneMatch(s -> s.prices(level))) {
            throw ProblemException.badField("priceLevelId", "no booked service has a price at this level");
        }
    }

    /** The sum of the lines' prices, or null when a price is unknown. */
    BigDecimal priceOf(List<BookingLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (BookingLine line : lines) {
            BigDecimal unit = line.productId() != null
                    ? priceOr(products.get(line.productId()), ProductView::price)
                    : priceOr(services.get(line.serviceId()), s -> s.priceAt(level));
            if (unit == null) {
                return null;
            }
            total = total.add(unit.multiply(BigDecimal.valueOf(line.seats())));
        }
        return total;
    }

    String currencyOf(List<BookingLine> lines) {
        return lines.stream().flatMap(l -> l.productId() != null
                        ? Stream.ofNullable(products.get(l.productId())).map(ProductView::currency)
                        : Stream.ofNullable(services.get(l.serviceId())).map(s -> s.currency))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    String productName(UUID productId) {
        ProductView product = productId == null ? null : products.get(productId);
        return product == null ? null : product.name();
    }

    boolean anyRequiresConfirmation() {
        return services.values().stream().anyMatch(s -> s.requiresConfirmation);
    }

    private static <T> BigDecimal priceOr(T priced, java.util.function.Function<T, BigDecimal> price) {
        return priced == null ? null : price.apply(priced);
    }
}
