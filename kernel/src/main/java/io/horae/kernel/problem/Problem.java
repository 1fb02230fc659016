package io.horae.kernel.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body; {@code errors} names each bad field. {@code extensions} are the extension members
 * a use case adds (RFC 9457 section 3.2), written beside the standard ones and read back into it: the kernel gives
 * them no meaning.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public Problem {
        extensions = extensions == null ? new java.util.LinkedHashMap<>() : extensions;
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its JSON path (or parameter name) and why. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
