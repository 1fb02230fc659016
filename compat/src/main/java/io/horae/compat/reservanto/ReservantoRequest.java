package io.horae.compat.reservanto;

import io.horae.booking.api.BookingView;
import io.horae.compat.NumericIds;
import io.horae.compat.nativeapi.NativeApi;
import io.horae.compat.nativeapi.Refusal;
import io.horae.customer.api.CustomerView;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A Reservanto action's request: PascalCase fields, integer ids (looked up per tenant and kind), unix timestamps.
 * A missing or mistyped field is a {@link Refusal} naming it, which the envelope reports as {@code ErrorParameter}.
 */
final class ReservantoRequest {
    private final JsonObject body;
    private final NativeApi.Calls calls;
    private final NumericIds numbers;

    ReservantoRequest(JsonObject body, NativeApi.Calls calls, NumericIds numbers) {
        this.body = body;
        this.calls = calls;
        this.numbers = numbers;
    }

    JsonObject body() {
        return body;
    }

    NativeApi.Calls calls() {
        return calls;
    }

    NumericIds numbers() {
        return numbers;
    }

    /** The object a required integer field names. */
    Future<UUID> id(String field, String kind) {
        return numbers.id(calls.tenant(), kind, number(field), field);
    }

    /** The object an optional integer field names, or {@code null}. */
    Future<UUID> optionalId(String field, String kind) {
        return has(field) ? id(field, kind) : Future.succeededFuture(null);
    }

    /** The number of a native object, given now if it has none. */
    Future<Long> numberOf(String kind, UUID id) {
        return numbers.number(calls.tenant(), kind, id);
    }

    boolean has(String field) {
        return body.getValue(field) != null;
    }

    long number(String field) {
        Object value = body.getValue(field);
        if (value == null) {
            throw Refusal.badField(field, "is required");
        }
        if (value instanceof Number n && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        throw Refusal.badField(field, "must be an integer");
    }

    Integer optionalInteger(String field) {
        if (!has(field)) {
            return null;
        }
        long value = number(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Refusal.badField(field, "is out of range");
        }
        return (int) value;
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw Refusal.badField(field, "is required");
        }
        return value;
    }

    String optionalText(String field) {
        Object value = body.getValue(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw Refusal.badField(field, "must be a string");
    }

    /** A JSON object field, as given. */
    JsonObject object(String field) {
        Object value = body.getValue(field);
        if (value instanceof JsonObject o) {
            return o;
        }
        throw Refusal.badField(field, value == null ? "is required" : "must be an object");
    }

    boolean flag(String field, boolean otherwise) {
        Object value = body.getValue(field);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw Refusal.badField(field, "must be true or false");
    }

    BigDecimal amount(String field) {
        Object value = body.getValue(field);
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw Refusal.badField(field, value == null ? "is required" : "must be a number");
    }

    /** A unix timestamp field as an instant in UTC. */
    OffsetDateTime time(String field) {
        try {
            return Instant.ofEpochSecond(number(field)).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw Refusal.badField(field, "is out of range");
        }
    }

    OffsetDateTime optionalTime(String field) {
        return has(field) ? time(field) : null;
    }

    /** A date given as a unix timestamp (its UTC day) or as {@code YYYY-MM-DD}. */
    LocalDate date(String field) {
        Object value = body.getValue(field);
        if (value instanceof Number) {
            return time(field).toLocalDate();
        }
        try {
            return LocalDate.parse(text(field));
        } catch (DateTimeParseException e) {
            throw Refusal.badField(field, "must be a unix timestamp or a date YYYY-MM-DD");
        }
    }

    /** The native answer in Reservanto's shape (see {@link ReservantoShape}). */
    Future<JsonObject> shape(JsonObject nativeObject, String kind) {
        return ReservantoShape.of(this, nativeObject, kind);
    }

    Future<JsonArray> shapeAll(JsonArray nativeObjects, String kind) {
        return ReservantoShape.all(this, nativeObjects, kind);
    }

    /** A native contract type's answer ({@code BookingView}, {@code CustomerView}, …) in Reservanto's shape. */
    Future<JsonObject> shape(Object answer, String kind) {
        return shape(calls.json(answer), kind);
    }

    Future<JsonArray> shapeAll(List<?> answers, String kind) {
        return shapeAll(new JsonArray(answers.stream().<Object>map(calls::json).toList()), kind);
    }

    static JsonObject answer(String field, Object value) {
        return new JsonObject().put(field, value);
    }
}
