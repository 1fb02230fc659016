package io.horae.kernel.problem;

import java.util.List;

/** The one way a use case fails on purpose; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final List<?> nextStarts;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, errors, List.of());
    }

    private ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
                             List<?> nextStarts) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.nextStarts = List.copyOf(nextStarts);
    }

    /** Capacity was taken by someone else; {@code nextStarts} are offered instead. */
    public static ProblemException taken(String detail, List<?> nextStarts) {
        return new ProblemException(409, "Conflict", detail, List.of(), nextStarts);
    }

    /** Another service's refusal, passed on as it was. */
    public static ProblemException relayed(Problem problem) {
        return new ProblemException(problem.status(), problem.title(), problem.detail(),
                problem.errors() == null ? List.of() : problem.errors(),
                problem.nextStarts() == null ? List.of() : problem.nextStarts());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not Found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, List.of());
    }

    /** A question whose answer would cost more than the service gives one question: ask a smaller one. */
    public static ProblemException tooBig(String field, String message) {
        return new ProblemException(422, "Unprocessable Content", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** The caller asks faster than its share allows; it may ask again shortly. */
    public static ProblemException tooMany(String detail) {
        return new ProblemException(429, "Too Many Requests", detail, List.of());
    }

    /** The service cannot take the request now; it may be asked again shortly. */
    public static ProblemException busy(String detail) {
        return new ProblemException(503, "Service Unavailable", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<?> nextStarts() {
        return nextStarts;
    }
}
