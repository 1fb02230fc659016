package io.horae.compat.recras;

import com.fasterxml.jackson.databind.JsonNode;
import io.horae.booking.api.NewBooking;
import io.horae.claims.LineRequest;
import io.horae.compat.NumericIds;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code book_products} request, checked as Recras documents it. A datetime without an offset is wall-clock time
 * at the line's location (any line's location when it names none; UTC when no line names one). A pending booking's
 * {@code expiry} is a date: the booking is cancelled when that day ends there (at the latest when it starts).
 */
record ProductOrder(String status, JsonObject customer, Long companyId, List<Line> lines, LocalDate expiry) {
    private static final List<String> STATUSES = List.of("reservering", "definitief", "pending_online");

    record Line(int amount, long productId, String datetime, Long locationId) {
    }

    static ProductOrder parse(JsonObject body) {
        String status = body.getString("status");
        if (status == null || !STATUSES.contains(status)) {
            throw Refusal.badField("status", "must be one of " + String.join(", ", STATUSES));
        }
        JsonObject customer = body.getJsonObject("customer");
        if (customer == null || customer.getString("email") == null || customer.getString("email").isBlank()) {
            throw Refusal.badField("customer.email", "is required");
        }
        Object company = customer.getValue("company_id");
        if (company != null && !(company instanceof Integer || company instanceof Long)) {
            throw Refusal.badField("customer.company_id", "must be a whole number");
        }
        Long companyId = customer.getLong("company_id");
        JsonArray products = body.getJsonArray("products");
        if (products == null || products.isEmpty()) {
            throw Refusal.badField("products", "must list at least one product");
        }
        if (products.size() > 10) {
            throw Refusal.badField("products", "must list at most 10 products");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            if (!(products.getValue(i) instanceof JsonObject product)) {
                throw Refusal.badField("products[" + i + "]", "must be an object");
            }
            Integer amount = product.getInteger("amount");
            Long productId = product.getLong("product_id");
            String datetime = product.getString("datetime");
            if (amount == null || amount < 1) {
                throw Refusal.badField("products[" + i + "].amount", "must be at least 1");
            }
            if (productId == null) {
                throw Refusal.badField("products[" + i + "].product_id", "is required");
            }
            if (datetime == null) {
                throw Refusal.badField("products[" + i + "].datetime", "is required");
            }
            lines.add(new Line(amount, productId, datetime, product.getLong("location_id")));
        }
        Boolean shouldInvoice = body.getBoolean("should_invoice", true);
        if (shouldInvoice == null) {
            throw Refusal.badField("should_invoice", "must be true or false");
        }
        String expiry = body.getString("expiry");
        if (expiry != null && !status.equals("pending_online")) {
            throw Refusal.badField("expiry", "is only valid for pending_online");
        }
        try {
            return new ProductOrder(status, customer, companyId, lines,
                    expiry == null ? null : LocalDate.parse(expiry));
        } catch (DateTimeParseException e) {
            throw Refusal.badField("expiry", "must be a date YYYY-MM-DD");
        }
    }

    /** The native one-step booking of these lines for {@code customerId}, with the company's value if any. */
    Future<NewBooking> toNative(NativeApi.Calls calls, NumericIds numbers, UUID customerId,
                                Map<String, JsonNode> customValues) {
        Long anyLocation = lines.stream().map(Line::locationId).filter(l -> l != null).findFirst().orElse(null);
        Future<UUID> location = anyLocation == null ? Future.succeededFuture(null)
                : numbers.id(calls.tenant(), "location", anyLocation, "products[].location_id");
        return location.compose(l -> l == null ? Future.succeededFuture(ZoneOffset.UTC)
                        : calls.catalogue().location(l).map(found -> ZoneId.of(found.timeZone())))
                .compose(zone -> nativeLines(calls, numbers, zone).map(nativeLines -> switch (status) {
                    case "definitief" -> new NewBooking(null, nativeLines, customerId, null,
                            NewBooking.Confirmation.AUTO, null, null, customValues);
                    case "reservering" -> new NewBooking(null, nativeLines, customerId, null,
                            NewBooking.Confirmation.MERCHANT, null, null, customValues);
                    default -> new NewBooking(null, nativeLines, customerId, null, null,
                            new NewBooking.Payment(true, expiresAt(nativeLines, zone)), null, customValues);
                }));
    }

    private Future<List<LineRequest>> nativeLines(NativeApi.Calls calls, NumericIds numbers, ZoneId zone) {
        List<LineRequest> result = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "products[" + i + "]";
            OffsetDateTime start = start(line.datetime(), zone, field + ".datetime");
            chain = chain.compose(done -> numbers.id(calls.tenant(), "product", line.productId(), field + ".product_id"))
                    .compose(product -> (line.locationId() == null ? Future.<UUID>succeededFuture(null)
                            : numbers.id(calls.tenant(), "location", line.locationId(), field + ".location_id"))
                            .map(location -> {
                                result.add(LineRequest.productPieces(product, location, start, line.amount()));
                                return null;
                            }));
        }
        return chain.map(done -> result);
    }

    /** The end of the expiry day (today by default); it must not be past nor after the booking's start date. */
    private OffsetDateTime expiresAt(List<LineRequest> nativeLines, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        LocalDate day = expiry == null ? today : expiry;
        OffsetDateTime start = nativeLines.stream().map(LineRequest::start).min(OffsetDateTime::compareTo)
                .orElseThrow();
        LocalDate startDate = start.atZoneSameInstant(zone).toLocalDate();
        if (day.isBefore(today)) {
            throw Refusal.badField("expiry", "must not be in the past");
        }
        if (day.isAfter(startDate)) {
            throw Refusal.badField("expiry", "must not be after the booking's start date " + startDate);
        }
        OffsetDateTime endOfDay = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return endOfDay.isAfter(start) ? start : endOfDay;
    }

    private static OffsetDateTime start(String datetime, ZoneId zone, String field) {
        String iso = datetime.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).atZone(zone).toOffsetDateTime();
            } catch (DateTimeException again) {
                throw Refusal.badField(field, "must be an ISO 8601 or RFC 3339 datetime");
            }
        }
    }
}
