package io.horae.customer.customvalue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.horae.customer.api.CustomValueType;
import io.horae.kernel.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustomValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STRING  | \"blue\"        | blue",
            "NUMBER  | 42.5            | 42.5",
            "BOOLEAN | true            | true",
            "DATE    | \"2026-03-29\"  | 2026-03-29",
            "ENUM    | \"pro\"         | pro"})
    void acceptsValuesOfTheDefinedType(CustomValueType type, String json, String stored) throws Exception {
        CustomValues.Checked checked = CustomValues.check(Map.of("v", MAPPER.readTree(json)), Map.of("v", definition(type)));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.values().get("v").toString()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STRING  | 42",
            "NUMBER  | \"42\"",
            "BOOLEAN | \"yes\"",
            "DATE    | \"2026-02-30\"",
            "DATE    | 20260329",
            "ENUM    | \"guru\""})
    void refusesValuesOfAnotherTypeNamingTheField(CustomValueType type, String json) throws Exception {
        CustomValues.Checked checked = CustomValues.check(Map.of("v", MAPPER.readTree(json)), Map.of("v", definition(type)));
        assertThat(checked.errors()).extracting(Problem.FieldError::field).containsExactly("customValues.v");
    }

    @ParameterizedTest
    @CsvSource({"unknown", "required"})
    void refusesUnknownKeysAndMissingRequiredOnes(String key) throws Exception {
        CustomValueDefinition required = definition(CustomValueType.STRING);
        required.key = "required";
        required.required = true;
        Map<String, JsonNode> submitted = key.equals("unknown") ? Map.of("unknown", MAPPER.readTree("1")) : Map.of();
        assertThat(CustomValues.check(submitted, Map.of("required", required)).errors())
                .extracting(Problem.FieldError::field).contains("customValues." + key);
    }

    private static CustomValueDefinition definition(CustomValueType type) {
        CustomValueDefinition definition = new CustomValueDefinition();
        definition.key = "v";
        definition.type = type;
        definition.allowedValues = new String[] {"beginner", "pro"};
        definition.active = true;
        return definition;
    }
}
