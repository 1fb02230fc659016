package io.horae.events;

/** Kafka topics, one per owning service (docs/architecture.md, "Ownership"). */
public final class Topics {
    public static final String CUSTOMERS = "horae.customers";
    /**
     * The one topic with personal data: each customer's latest contact details, keyed by customer id, compacted,
     * and a tombstone (a record without value) when the customer is erased.
     */
    public static final String CUSTOMER_PROFILES = "horae.customer-profiles";
    public static final String CATALOG = "horae.catalog";
    public static final String RESERVATIONS = "horae.reservations";
    public static final String BOOKINGS = "horae.bookings";

    private Topics() {
    }
}
