package io.horae.compat.reservanto;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Native JSON in Reservanto's conventions, one rule for every action: field names in PascalCase (Reservanto's own
 * names where they differ), ids as per-tenant integers, instants as unix timestamps, states in PascalCase.
 */
final class ReservantoShape {
    /** A native reference field: its Reservanto name and the kind of object it names. */
    private record Reference(String name, String kind) {
    }

    private static final Map<String, Reference> REFERENCES = Map.ofEntries(
            Map.entry("customerId", new Reference("CustomerId", "customer")),
            Map.entry("resourceId", new Reference("BookingResourceId", "resource")),
            Map.entry("serviceId", new Reference("BookingServiceId", "service")),
            Map.entry("locationId", new Reference("LocationId", "location")),
            Map.entry("classId", new Reference("ClassId", "class")),
            Map.entry("bookingId", new Reference("AppointmentId", "booking")),
            Map.entry("passId", new Reference("PassId", "pass")),
            Map.entry("customerPassId", new Reference("PassToCustomerId", "customer-pass")),
            Map.entry("productId", new Reference("ProductId", "product")),
            Map.entry("seriesId", new Reference("CourseId", "course")),
            Map.entry("courseId", new Reference("CourseId", "course")),
            Map.entry("priceLevelId", new Reference("PriceLevelId", "price-level")));
    /** How an object of a kind names its own id. */
    private static final Map<String, String> SELF = Map.ofEntries(
            Map.entry("customer", "CustomerId"), Map.entry("resource", "BookingResourceId"),
            Map.entry("service", "BookingServiceId"), Map.entry("location", "LocationId"),
            Map.entry("class", "ClassId"), Map.entry("booking", "AppointmentId"), Map.entry("pass", "PassId"),
            Map.entry("customer-pass", "PassToCustomerId"), Map.entry("product", "ProductId"),
            Map.entry("free-time", "FreeTimeId"), Map.entry("alternate", "AlternateId"),
            Map.entry("custom-value-definition", "CustomValueDefinitionId"), Map.entry("webhook", "WebHookId"),
            Map.entry("credit-entry", "CreditTransactionId"), Map.entry("voucher", "VoucherId"),
            Map.entry("course", "CourseId"), Map.entry("payment-method", "PaymentMethodId"),
            Map.entry("product-category", "ProductCategoryId"), Map.entry("substitution", "ServiceSubstitutionId"),
            Map.entry("segment", "SegmentId"), Map.entry("price-level", "PriceLevelId"), Map.entry("resource-tag", "TagId"), Map.entry("customer-tag", "TagId"));
    /** Maps whose keys are data (the merchant's own keys, language tags), kept as they are under their field's name. */
    private static final Map<String, String> DATA_KEYED = Map.of("customValues", "CustomValues", "names", "Names");
    /** Maps keyed by native ids of a kind, answered as a list of {@code {<kind's id>, <value's name>}}. */
    private static final Map<String, IdKeyed> ID_KEYED = Map.of(
            "levelPrices", new IdKeyed("LevelPrices", "price-level", "Price"));

    private record IdKeyed(String name, String kind, String valueName) {
    }
    /** Fields whose value is a state, answered in PascalCase. */
    private static final Set<String> STATES = Set.of("status", "paymentStatus");
    private static final Map<String, String> STATUSES = Map.of(
            "PENDING_CONFIRMATION", "WaitingForConfirmation", "PENDING_PAYMENT", "WaitingForPayment",
            "CONFIRMED", "Confirmed", "REJECTED", "Rejected", "CANCELLED", "Cancelled", "NO_SHOW", "NoShow",
            "COMPLETED", "Completed");

    private ReservantoShape() {
    }

    static Future<JsonObject> of(ReservantoRequest request, JsonObject nativeObject, String kind) {
        return all(request, new JsonArray().add(nativeObject), kind).map(shaped -> shaped.getJsonObject(0));
    }

    static Future<JsonArray> all(ReservantoRequest request, JsonArray nativeObjects, String kind) {
        Map<String, Set<UUID>> wanted = new HashMap<>();
        nativeObjects.forEach(o -> collect(o, kind, wanted));
        List<Future<Map<UUID, Long>>> lookups = new ArrayList<>();
        List<String> kinds = new ArrayList<>(wanted.keySet());
        kinds.forEach(k -> lookups.add(request.numbers().numbers(request.calls().tenant(), k, wanted.get(k))));
        return Future.all(lookups).map(done -> {
            Map<String, Map<UUID, Long>> numbers = new HashMap<>();
            for (int i = 0; i < kinds.size(); i++) {
                numbers.put(kinds.get(i), lookups.get(i).result());
            }
            JsonArray shaped = new JsonArray();
            nativeObjects.forEach(o -> shaped.add(shape(o, kind, numbers)));
            return shaped;
        });
    }

    private static void collect(Object value, String kind, Map<String, Set<UUID>> wanted) {
        if (value instanceof JsonObject object) {
            object.forEach(field -> {
                if (DATA_KEYED.containsKey(field.getKey())) {
                    return;
                }
                IdKeyed keyed = ID_KEYED.get(field.getKey());
                if (keyed != null && field.getValue() instanceof JsonObject map) {
                    map.fieldNames().forEach(key -> wanted.computeIfAbsent(keyed.kind(), k -> new LinkedHashSet<>())
                            .add(uuid(key)));
                    return;
                }
                String referenced = field.getKey().equals("id") ? kind : kindOf(field.getKey());
                UUID id = referenced == null ? null : uuid(field.getValue());
                if (id != null) {
                    wanted.computeIfAbsent(referenced, k -> new LinkedHashSet<>()).add(id);
                } else {
                    collect(field.getValue(), null, wanted);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, null, wanted));
        }
    }

    private static Object shape(Object value, String kind, Map<String, Map<UUID, Long>> numbers) {
        if (value instanceof JsonObject object) {
            JsonObject shaped = new JsonObject();
            object.forEach(field -> {
                String name = field.getKey();
                String referenced = name.equals("id") ? kind : kindOf(name);
                UUID id = referenced == null ? null : uuid(field.getValue());
                if (id != null) {
                    shaped.put(name.equals("id") ? SELF.getOrDefault(kind, "Id") : REFERENCES.get(name).name(),
                            numbers.get(referenced).get(id));
                } else if (ID_KEYED.containsKey(name) && field.getValue() instanceof JsonObject map) {
                    IdKeyed keyed = ID_KEYED.get(name);
                    JsonArray entries = new JsonArray();
                    map.forEach(entry -> entries.add(new JsonObject()
                            .put(SELF.get(keyed.kind()), numbers.get(keyed.kind()).get(uuid(entry.getKey())))
                            .put(keyed.valueName(), entry.getValue())));
                    shaped.put(keyed.name(), entries);
                } else if (DATA_KEYED.containsKey(name)) {
                    shaped.put(DATA_KEYED.get(name), field.getValue()); // keys that are data, kept as they are
                } else if (STATES.contains(name) && field.getValue() instanceof String status) {
                    shaped.put(pascal(name, '\0'), STATUSES.getOrDefault(status, pascal(status.toLowerCase(), '_')));
                } else {
                    shaped.put(pascal(name, '\0'), shape(field.getValue(), null, numbers));
                }
            });
            return shaped;
        }
        if (value instanceof JsonArray array) {
            JsonArray shaped = new JsonArray();
            array.forEach(item -> shaped.add(shape(item, null, numbers)));
            return shaped;
        }
        if (value instanceof String text && text.length() >= 20 && text.charAt(10) == 'T') {
            try {
                return OffsetDateTime.parse(text).toEpochSecond();
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return value;
    }

    private static String kindOf(String field) {
        Reference reference = REFERENCES.get(field);
        return reference == null ? null : reference.kind();
    }

    private static UUID uuid(Object value) {
        if (value instanceof String text && text.length() == 36) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** {@code firstName} → {@code FirstName}; with a separator, {@code no_show} → {@code NoShow}. */
    static String pascal(String name, char separator) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == separator) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
