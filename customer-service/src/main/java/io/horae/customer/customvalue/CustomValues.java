package io.horae.customer.customvalue;

import com.fasterxml.jackson.databind.JsonNode;
import io.horae.kernel.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks submitted custom values against a tenant's definitions, with no I/O: every unknown key, wrong type or
 * disallowed value is one field error; valid values come back in their stored form.
 */
public final class CustomValues {
    static final int MAX_STRING = 1000;

    public record Checked(Map<String, Object> values, List<Problem.FieldError> errors) {
    }

    private CustomValues() {
    }

    /** @param submitted all of a customer's values (a JSON null means no value) */
    public static Checked check(Map<String, JsonNode> submitted, Map<String, CustomValueDefinition> definitions) {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        submitted.forEach((key, node) -> {
            String field = "customValues." + key;
            CustomValueDefinition definition = definitions.get(key);
            if (definition == null) {
                errors.add(new Problem.FieldError(field, "is not a defined custom value"));
            } else if (node == null || node.isNull()) {
                result.remove(key);
            } else {
                Object value = convert(definition, node);
                if (value == null) {
                    errors.add(new Problem.FieldError(field, expectation(definition)));
                } else {
                    result.put(key, value);
                }
            }
        });
        definitions.values().stream()
                .filter(d -> d.required && d.active && !result.containsKey(d.key))
                .forEach(d -> errors.add(new Problem.FieldError("customValues." + d.key, "is required")));
        return new Checked(result, errors);
    }

    private static Object convert(CustomValueDefinition definition, JsonNode node) {
        return switch (definition.type) {
            case STRING -> node.isTextual() && node.asText().length() <= MAX_STRING ? node.asText() : null;
            case NUMBER -> node.isNumber() ? node.decimalValue() : null;
            case BOOLEAN -> node.isBoolean() ? node.asBoolean() : null;
            case DATE -> node.isTextual() ? date(node.asText()) : null;
            case ENUM -> node.isTextual() && Arrays.asList(definition.allowedValues).contains(node.asText())
                    ? node.asText() : null;
        };
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String expectation(CustomValueDefinition definition) {
        return switch (definition.type) {
            case STRING -> "must be a string of at most " + MAX_STRING + " characters";
            case NUMBER -> "must be a number";
            case BOOLEAN -> "must be true or false";
            case DATE -> "must be a date such as 2026-03-29";
            case ENUM -> "must be one of " + String.join(", ", definition.allowedValues);
        };
    }
}
