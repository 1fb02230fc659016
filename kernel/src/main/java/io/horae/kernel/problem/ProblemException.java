package io.horae.kernel.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one way a use case fails on purpose; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        this(status, title, detail, errors, Map.of());
    }

    private ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
                             Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    /** The same problem with the extension member {@code name} (RFC 9457 section 3.2) set to {@code value}. */
    public ProblemException with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemException(status, title, getMessage(), errors, more);
    }

    /** Another service's refusal, passed on as it was, extension members included. */
    public static ProblemException relayed(Problem problem) {
        return new ProblemException(problem.status(), problem.title(), problem.detail(),
                problem.errors() == null ? List.of() : problem.errors(), problem.extensions());
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

    public Map<String, Object> extensions() {
        return extensions;
    }
}
