package io.horae.kernel.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** An RFC 9457 problem details body; {@code errors} names each bad field. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its JSON path (or parameter name) and why. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
