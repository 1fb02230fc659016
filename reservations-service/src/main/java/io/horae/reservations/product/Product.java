package io.horae.reservations.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A reservable product (CareCloud "reservable product"), priced in one currency. */
@Entity
@Table(name = "product")
public class Product {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String name;
    public BigDecimal price;
    public String currency;
    @Column(name = "vat_rate")
    public BigDecimal vatRate;
    /** The merchant's own grouping (Reservanto ProductCategory), free text. */
    public String category;
    /** False once retired: kept for the reservations that have it, in no new one. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
