package io.horae.availability.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** That a resource offers a service. */
@Entity
@Table(name = "resource_service")
@IdClass(ResourceOffer.Key.class)
public class ResourceOffer {
    public static class Key implements Serializable {
        public UUID resourceId;
        public UUID serviceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(resourceId, k.resourceId)
                    && java.util.Objects.equals(serviceId, k.serviceId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(resourceId, serviceId);
        }
    }

    @Id
    @Column(name = "resource_id")
    public UUID resourceId;
    @Id
    @Column(name = "service_id")
    public UUID serviceId;
}
