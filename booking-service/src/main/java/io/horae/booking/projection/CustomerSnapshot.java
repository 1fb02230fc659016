package io.horae.booking.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A customer's contact details as customer-service last announced them; erased with the customer. */
@Entity
@Table(name = "customer_snapshot")
@IdClass(CustomerSnapshot.Key.class)
public class CustomerSnapshot {
    /** The composite id: a snapshot per tenant and customer. */
    public static class Key implements Serializable {
        public String tenantId;
        public UUID customerId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(tenantId, key.tenantId)
                    && java.util.Objects.equals(customerId, key.customerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, customerId);
        }
    }

    @Id
    @Column(name = "tenant_id")
    public String tenantId;
    @Id
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String phone;
}
