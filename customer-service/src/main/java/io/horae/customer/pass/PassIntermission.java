package io.horae.customer.pass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Days on which a pass is paused (Reservanto AddIntermission); they extend its validity. */
@Entity
@Table(name = "pass_intermission")
public class PassIntermission {
    @Id
    public UUID id;
    @Column(name = "customer_pass_id", nullable = false, updatable = false)
    public UUID customerPassId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;

    boolean covers(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }
}
