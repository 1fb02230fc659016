package io.horae.customer.customvalue;

import io.horae.customer.api.CustomValueScope;
import io.horae.customer.api.CustomValueType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A typed field a tenant adds to its customers. */
@Entity
@Table(name = "custom_value_definition")
public class CustomValueDefinition {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    public String key;
    public String label;
    @Enumerated(EnumType.STRING)
    public CustomValueType type;
    @Enumerated(EnumType.STRING)
    public CustomValueScope scope;
    @Column(name = "allowed_values")
    public String[] allowedValues;
    public boolean required;
    /** False once retired: required of nobody, left off forms; the values customers have stay. */
    public boolean active;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
}
