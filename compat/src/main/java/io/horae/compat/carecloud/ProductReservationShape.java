package io.horae.compat.carecloud;

import io.horae.claims.ProductReservationView;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A product reservation in CareCloud's field names and back; CareCloud writes times as UTC wall clock. */
final class ProductReservationShape {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** CareCloud's record state: 1 while the reservation stands, 0 once cancelled (its progress is {@code actual_state}). */
    private static final int ACTIVE = 1;
    private static final int CANCELLED = 0;
    /** The {@code actual_state} of a cancelled reservation (seed 000: "0 - Canceled"). */
    private static final int ACTUAL_CANCELED = 0;
    /** The native fields of a new reservation and CareCloud's names of them, for refusals that name one. */
    private static final Map<String, String> FIELDS = Map.of("customerId", "customer_id", "storeId", "store_id",
            "sourceId", "product_reservation_source_id", "pickupDate", "pickup_date",
            "customersNote", "customers_note", "externalCodes", "external_reservation_codes",
            "benefitCodes", "benefit_codes", "items", "product_reservation_items", "productId", "reservable_product_id",
            "typeId", "external_code_type_id");
    private static final Map<String, String> ITEM_FIELDS = Map.of("unitPrice", "unit_price", "vatRate", "vat_rate");
    private static final Pattern NAME = Pattern.compile("[A-Za-z]+");

    private ProductReservationShape() {
    }

    static JsonObject toNative(JsonObject reservation) {
        JsonObject request = new JsonObject()
                .put("customerId", reservation.getString("customer_id"))
                .put("storeId", reservation.getString("store_id"))
                .put("sourceId", reservation.getString("product_reservation_source_id"))
                .put("pickupDate", reservation.getString("pickup_date"))
                .put("customersNote", reservation.getString("customers_note"))
                .put("comments", reservation.getJsonArray("comments"))
                .put("benefitCodes", reservation.getJsonArray("benefit_codes"));
        JsonArray codes = reservation.getJsonArray("external_reservation_codes");
        if (codes != null) {
            request.put("externalCodes", new JsonArray(codes.stream().map(c -> object(c, "external_reservation_codes"))
                    .map(c -> new JsonObject().put("typeId", c.getValue("external_code_type_id"))
                            .put("value", c.getValue("value"))).toList()));
        }
        JsonArray items = reservation.getJsonArray("product_reservation_items", new JsonArray());
        request.put("items", new JsonArray(items.stream().map(i -> object(i, "product_reservation_items"))
                .map(i -> new JsonObject().put("productId", i.getValue("reservable_product_id"))
                        .put("amount", i.getValue("amount")).put("unitPrice", i.getValue("unit_price"))
                        .put("vatRate", i.getValue("vat_rate"))).toList()));
        return request;
    }

    static JsonObject page(ProductReservationView.Page page) {
        return new JsonObject()
                .put("product_reservations", new JsonArray(page.items().stream().map(ProductReservationShape::of)
                        .toList()))
                .put("total_items", page.totalItems());
    }

    static JsonObject of(ProductReservationView r) {
        return new JsonObject()
                .put("product_reservation_id", r.id().toString())
                .put("customer_id", text(r.customerId()))
                .put("store_id", text(r.storeId()))
                .put("reservation_codes", new JsonArray().add(r.reservationCode()))
                .put("external_reservation_codes", new JsonArray(r.externalCodes().stream()
                        .map(c -> new JsonObject().put("external_code_type_id", c.typeId()).put("value", c.value()))
                        .toList()))
                .put("product_reservation_source_id", text(r.sourceId()))
                .put("pickup_date", text(r.pickupDate()))
                .put("customers_note", r.customersNote())
                .put("total_price", r.totalPrice())
                .put("currency_id", r.currency())
                .put("product_reservation_items", new JsonArray(r.items().stream()
                        .map(i -> new JsonObject()
                                .put("reservable_product_id", i.productId().toString())
                                .put("amount", i.amount())
                                .put("unit_price", i.unitPrice())
                                .put("vat_rate", i.vatRate())).toList()))
                .put("actual_state", r.state())
                .put("states", new JsonArray(r.states().stream()
                        .map(s -> new JsonObject().put("state", s.state()).put("date", time(s.changedAt())))
                        .toList()))
                .put("comments", new JsonArray(r.comments()))
                .put("benefit_codes", new JsonArray(r.benefitCodes()))
                .put("last_change", time(r.lastChange()))
                .put("state", r.state() == ACTUAL_CANCELED ? CANCELLED : ACTIVE);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * A refusal of a new reservation in CareCloud's words: the native field it names ({@code items[0].productId})
     * becomes CareCloud's ({@code product_reservation_items[0].reservable_product_id}), in the field and the message.
     */
    static Throwable inVendorTerms(Throwable failure) {
        if (!(failure instanceof Refusal refusal) || refusal.field() == null) {
            return failure;
        }
        String field = vendorField(refusal.field());
        String message = refusal.getMessage() == null ? null : refusal.getMessage().replace(refusal.field(), field);
        return new Refusal(refusal.status(), field, message);
    }

    private static String vendorField(String nativeField) {
        Matcher names = NAME.matcher(nativeField);
        StringBuilder vendor = new StringBuilder();
        while (names.find()) {
            String name = names.group();
            names.appendReplacement(vendor, FIELDS.getOrDefault(name, ITEM_FIELDS.getOrDefault(name, name)));
        }
        return names.appendTail(vendor).toString();
    }

    private static String time(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZoneOffset.UTC).format(TIME);
    }

    private static JsonObject object(Object value, String field) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw Refusal.badField(field, "must be a list of objects");
    }
}
