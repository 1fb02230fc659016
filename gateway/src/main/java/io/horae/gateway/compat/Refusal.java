package io.horae.gateway.compat;

/**
 * A compatibility call that cannot be answered as asked: bad input at the edge, or the native service's own refusal
 * carried back. Each vendor writes it in its own envelope.
 *
 * @param field the input at fault in the caller's (vendor's) words, or {@code null}
 */
public final class Refusal extends RuntimeException {
    private final int status;
    private final String field;

    public Refusal(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
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
}
