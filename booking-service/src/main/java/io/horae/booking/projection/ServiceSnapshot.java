package io.horae.booking.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** A service as the catalog last announced it: what a booking shows and prices without asking availability. */
@Entity
@Table(name = "service_snapshot")
@IdClass(ServiceSnapshot.Key.class)
public class ServiceSnapshot {
    /** The composite id: a snapshot per tenant and service. */
    public static class Key implements Serializable {
        public String tenantId;
        public UUID serviceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(tenantId, key.tenantId)
                    && java.util.Objects.equals(serviceId, key.serviceId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, serviceId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "service_id")
    public UUID serviceId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> names;
    @Column(name = "default_language")
    public String defaultLanguage;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    public BigDecimal price;
    public String currency;
    @Column(name = "requires_confirmation")
    public boolean requiresConfirmation;
    @Column(name = "cancellation_cutoff_minutes")
    public Integer cancellationCutoffMinutes;
    /** Its price at the merchant's price levels where it differs from {@code price}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "level_prices")
    public Map<UUID, BigDecimal> levelPrices;

    /** The price of one seat at {@code priceLevelId} (null: none chosen): its price at that level, else its price. */
    public BigDecimal priceAt(UUID priceLevelId) {
        return priceLevelId != null && levelPrices != null && levelPrices.containsKey(priceLevelId)
                ? levelPrices.get(priceLevelId) : price;
    }

    /** Whether the service has a price of its own at {@code priceLevelId}. */
    public boolean prices(UUID priceLevelId) {
        return levelPrices != null && levelPrices.containsKey(priceLevelId);
    }

    public String name() {
        return names == null ? null : names.getOrDefault(defaultLanguage, names.values().stream().findFirst().orElse(null));
    }
}
