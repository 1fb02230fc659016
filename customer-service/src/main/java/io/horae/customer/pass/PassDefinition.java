package io.horae.customer.pass;

import io.horae.customer.api.PassView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A kind of pass a merchant sells: so many entries, valid so many days from the start. */
@Entity
@Table(name = "pass_definition")
public class PassDefinition {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String name;
    public int entries;
    @Column(name = "validity_days")
    public int validityDays;
    public BigDecimal price;
    public String currency;
    /** False once retired: sold to nobody new; passes held keep working. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    /** The pass as customer-api reads it. */
    public PassView view() {
        return new PassView(id, name, entries, validityDays, price, currency, active);
    }
}
