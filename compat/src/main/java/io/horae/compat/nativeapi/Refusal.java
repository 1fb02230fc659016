package io.horae.compat.nativeapi;

import io.vertx.core.json.JsonArray;

/**
 * A compatibility call that cannot be answered as asked: bad input at the edge, or the native service's own refusal
 * carried back. Each vendor writes it in its own envelope.
 *
 * @param field the input at fault in the caller's (vendor's) words, or {@code null}
 */
public final class Refusal extends RuntimeException {
    private final int status;
    private final String field;
    private final JsonArray errors;
    private final JsonArray nextStarts;

    public Refusal(int status, String field, String message) {
        this(status, field, message, new JsonArray(), null);
    }

    /**
     * A native refusal with every bad field ({@code errors}: {@code field}, {@code message}) and, for a start just
     * taken, the next free ones ({@code nextStarts}, or {@code null}).
     */
    public Refusal(int status, String field, String message, JsonArray errors, JsonArray nextStarts) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.errors = errors;
        this.nextStarts = nextStarts;
    }

    public static Refusal badField(String field, String message) {
        return new Refusal(400, field, field + ": " + message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(404, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** Every bad field the native API named (the field names are the native API's). */
    public JsonArray errors() {
        return errors.copy();
    }

    /** The next free starts a refused hold offers instead, or {@code null}. */
    public JsonArray nextStarts() {
        return nextStarts == null ? null : nextStarts.copy();
    }
}
