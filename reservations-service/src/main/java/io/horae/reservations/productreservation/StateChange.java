package io.horae.reservations.productreservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a product reservation's history (CareCloud "states"). */
@Entity
@Table(name = "product_reservation_state")
public class StateChange {
    @Id
    public UUID id;
    @Column(name = "product_reservation_id", nullable = false, updatable = false)
    public UUID productReservationId;
    public int state;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
