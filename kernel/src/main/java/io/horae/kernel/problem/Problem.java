package io.horae.kernel.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * An RFC 9457 problem details body; {@code errors} names each bad field, {@code nextStarts} (an extension member)
 * offers alternatives when capacity was lost to someone else.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, List<?> nextStarts) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, List.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its JSON path (or parameter name) and why. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
