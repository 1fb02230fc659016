package io.horae.kernel.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into RFC 9457 problem details; nothing internal (stack, class, SQL) reaches a client. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Problem problem = new Problem("about:blank", e.title(), e.status(), e.getMessage(), request.path(), e.errors(),
                e.extensions());
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e.status() == 429 || e.status() == 503) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "Bad Request", detail, errors, request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return respond(400, "Bad Request", field + ": has the wrong type or format",
                    List.of(new Problem.FieldError(field, "has the wrong type or format")), request);
        }
        return respond(400, "Bad Request", "the body is not valid JSON", List.of(), request);
    }

    /** More specific than Quarkus's own mapper for this type, which would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 404 ? "no such resource" : title;
        return respond(status, title, detail, List.of(), request);
    }

    /** A race lost to a unique or check constraint is a conflict with the current state, not a server fault. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        LOG.debugf("constraint %s refused %s %s", e.getConstraintName(), request.method(), request.path());
        return respond(409, "Conflict", "the request conflicts with the current state of the resource", List.of(),
                request);
    }

    /**
     * PostgreSQL refused a value (SQLSTATE class 22: a NUL character in text, a number out of range, an impossible
     * date) that validation let through: the request's fault, answered as such.
     */
    @ServerExceptionMapper
    public Response unstorable(org.hibernate.exception.DataException e, HttpServerRequest request) {
        LOG.debugf("data refused on %s %s: %s", request.method(), request.path(), e.getMessage());
        return respond(400, "Bad Request", "a value cannot be stored: out of range, or a character such as NUL",
                List.of(), request);
    }

    /** A lock conflict with a concurrent request (deadlock, lock timeout): nothing was written, retrying is safe. */
    @ServerExceptionMapper
    public Response lockConflict(jakarta.persistence.PessimisticLockException e, HttpServerRequest request) {
        LOG.debugf("lock conflict on %s %s: %s", request.method(), request.path(), e.getMessage());
        return respond(409, "Conflict", "a concurrent request changed the same data; retry", List.of(), request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return respond(500, "Internal Server Error", "the request could not be completed", List.of(), request);
    }

    private static Response respond(int status, String title, String detail, List<Problem.FieldError> errors,
                                    HttpServerRequest request) {
        Problem problem = new Problem("about:blank", title, status, detail, request.path(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The field as a client knows it: the bean path below the method parameter ({@code email},
     * {@code lines[0].start}); a bare query or path parameter is named by itself.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return field.isEmpty() ? String.valueOf(parameter) : field.toString();
    }
}
