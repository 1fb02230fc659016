package io.horae.kernel.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;

import java.util.Set;

/**
 * Changes by JSON merge patch (RFC 7386), checked by the same rules as the request that created the object: the
 * object is read as its creating request, the patch merged in (a field named replaces, a null clears, what is not
 * named stays), and the result read and validated as that request again. A wrong type answers 400 naming the field,
 * a broken rule 400 naming each field, as a create would.
 */
@ApplicationScoped
public class Patches {
    private final ObjectMapper mapper;
    private final Validator validator;

    public Patches(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** {@code current} (a creating request) with {@code patch} merged in, valid as {@code type}. */
    public <T> T apply(Object current, ObjectNode patch, Class<T> type) {
        return applyTo(mapper.valueToTree(current), patch, type);
    }

    /** The same from the request's JSON, for objects whose JSON carries more than the request's record does. */
    public <T> T applyTo(JsonNode current, ObjectNode patch, Class<T> type) {
        T changed;
        try {
            changed = mapper.treeToValue(MergePatch.apply(current, patch), type);
        } catch (JsonProcessingException e) {
            // answered as an unreadable body is: 400 naming the field
            throw new WebApplicationException(e, 400);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return changed;
    }
}
