package io.horae.reservations.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A category of the merchant's products; products name it by {@link #name}. */
@Entity
@Table(name = "product_category")
public class ProductCategory {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String name;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
