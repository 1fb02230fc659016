package io.horae.reservations.productreservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A code another system knows the reservation by (CareCloud external_reservation_codes). */
@Entity
@Table(name = "product_reservation_external_code")
@IdClass(ExternalCode.Key.class)
public class ExternalCode {
    public static class Key implements Serializable {
        public UUID productReservationId;
        public int externalCodeTypeId;
        public String value;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(productReservationId, k.productReservationId)
                    && externalCodeTypeId == k.externalCodeTypeId && Objects.equals(value, k.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productReservationId, externalCodeTypeId, value);
        }
    }

    @Id
    @Column(name = "product_reservation_id")
    public UUID productReservationId;
    @Id
    @Column(name = "external_code_type_id")
    public int externalCodeTypeId;
    @Id
    public String value;
}
