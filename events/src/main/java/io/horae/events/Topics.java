package io.horae.events;

/** Kafka topics, one per owning service (docs/architecture.md, "Ownership"). */
public final class Topics {
    public static final String CUSTOMERS = "horae.customers";
    public static final String CATALOG = "horae.catalog";
    public static final String RESERVATIONS = "horae.reservations";
    public static final String BOOKINGS = "horae.bookings";

    private Topics() {
    }
}
