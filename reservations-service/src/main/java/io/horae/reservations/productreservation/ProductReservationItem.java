package io.horae.reservations.productreservation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "product_reservation_item")
public class ProductReservationItem {
    @Id
    public UUID id;
    @Column(name = "product_reservation_id", nullable = false, updatable = false)
    public UUID productReservationId;
    @Column(name = "product_id")
    public UUID productId;
    public int amount;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    @Column(name = "vat_rate")
    public BigDecimal vatRate;
    public int position;
}
