package io.horae.reservations.productreservation;

import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Products a customer reserves for pickup at a store (CareCloud product reservation). */
@Entity
@Table(name = "product_reservation")
public class ProductReservation {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id")
    public UUID customerId;
    @Column(name = "store_id")
    public UUID storeId;
    @Column(name = "source_id")
    public UUID sourceId;
    @Column(name = "reservation_code")
    public long reservationCode;
    @Column(name = "pickup_date")
    public LocalDate pickupDate;
    @Column(name = "customers_note")
    public String customersNote;
    public String[] comments;
    @Column(name = "benefit_codes")
    public String[] benefitCodes;
    @Column(name = "total_price")
    public BigDecimal totalPrice;
    public String currency;
    public int state;
    @Column(name = "last_change")
    public OffsetDateTime lastChange;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;
    @Version
    public long version;

    public PickupState pickupState() {
        return PickupState.of(state);
    }

    /** Moves to {@code next}; a state that may not follow the current one is a 409. */
    void become(PickupState next, OffsetDateTime now) {
        if (!pickupState().canBecome(next)) {
            throw ProblemException.conflict("a reservation that is " + pickupState().name().toLowerCase()
                    + " cannot become " + next.name().toLowerCase());
        }
        state = next.code();
        lastChange = now;
    }
}
