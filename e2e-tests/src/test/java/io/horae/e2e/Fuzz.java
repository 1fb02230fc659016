package io.horae.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Malformed requests for every operation of the platform's OpenAPI document, the vendor routes, the gateway's own key
 * and tenant endpoints and the booking page's public calls included: broken JSON, invalid UTF-8, wrong types, missing and unknown fields, huge strings, negative numbers,
 * impossible dates and injection strings in bodies, path and query parameters. Path parameters that are well formed
 * name nothing (random ids), so no real object is touched, except those given as known (the booking page's tenant).
 */
final class Fuzz {
    record Outcome(int operations, int vendorOperations, int requests, Map<Integer, Integer> statuses,
                   List<String> serverErrors, List<String> notProblems) {
    }

    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> BAD_STRINGS = List.of("", " ", HUGE, "' OR '1'='1'; DROP TABLE booking; --",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\u0000", "2025-02-30T25:61:00Z", "-1",
            "NaN", "../../etc/passwd", "😀".repeat(1000));
    private static final List<Object> BAD_NUMBERS = List.of("abc", -1, 0, -999_999_999_999L, 1e308,
            9_999_999_999_999L, 1.5, true);
    private static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "%27%20OR%201%3D1--", "-1",
            "x".repeat(3000), "%00", "2025-13-45", "%C3%28");
    private static final List<byte[]> BROKEN_BODIES = List.of(bytes("{"), bytes("[]"), bytes("\"x\""), bytes("null"),
            bytes("{}"), bytes("{\"a\":"), bytes("[" + "[".repeat(5000)), new byte[]{(byte) 0xC3, (byte) 0x28},
            bytes("{\"name\":\"\u0000\"}"), new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xFF, '"', '}'});
    private final Supplier<RequestSpecification> api;
    /** Path parameters that must name something real to reach the operation at all (the booking page's tenant). */
    private final Map<String, String> known;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> notProblems = new ArrayList<>();
    private int requests;
    private JsonPath document;

    Fuzz(Supplier<RequestSpecification> api, Map<String, String> known) {
        this.api = api;
        this.known = known;
    }

    Outcome run() {
        document = JsonPath.from(api.get().header("Accept", "application/json").get("/q/openapi").asString());
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        int operations = 0;
        int vendorOperations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    operations++;
                    Map<String, Object> described = asMap(operation.getValue());
                    attack(operation.getKey(), path.getKey(), described);
                    vendorOperations += described.containsKey("x-horae-vendor") ? 1 : 0;
                }
            }
        }
        return new Outcome(operations, vendorOperations, requests, statuses, serverErrors, notProblems);
    }

    private void attack(String method, String template, Map<String, Object> operation) {
        // a vendor route refuses in its vendor's JSON envelope, a native one as problem details
        String refusal = operation.containsKey("x-horae-vendor") ? "application/json" : "application/problem+json";
        String path = filled(template);
        for (String bad : BAD_PATH_VALUES) {
            send(refusal, method, filled(template.replaceFirst("\\{[^}]+}", bad)), null, Map.of());
        }
        for (Map<String, Object> parameter : parameters(operation)) {
            if (!"query".equals(parameter.get("in"))) {
                continue;
            }
            for (Object bad : badValuesFor(schemaOf(parameter))) {
                // within the request line's limit (4 KiB): a longer one is refused by the HTTP layer with a bare 414
                String value = String.valueOf(bad);
                send(refusal, method, path, null, Map.of((String) parameter.get("name"),
                        value.length() > 300 ? value.substring(0, 300) : value));
            }
        }
        if (operation.containsKey("requestBody")) {
            for (byte[] body : BROKEN_BODIES) {
                send(refusal, method, path, body, Map.of());
            }
            Map<String, Object> properties = properties(bodySchema(operation));
            for (var property : properties.entrySet()) {
                for (Object bad : badValuesFor(asMap(property.getValue()))) {
                    send(refusal, method, path, json(Map.of(property.getKey(), bad)), Map.of());
                }
            }
            Map<String, Object> allWrong = new LinkedHashMap<>();
            properties.keySet().forEach(name -> allWrong.put(name, -1));
            allWrong.put("unknownField", "' OR 1=1 --");
            send(refusal, method, path, json(allWrong), Map.of());
        }
    }

    /** The template with each parameter a known value, or else a random id that names nothing. */
    private String filled(String template) {
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, known.getOrDefault(parameter.group(1), UUID.randomUUID().toString()));
        }
        return parameter.appendTail(path).toString();
    }

    private void send(String refusal, String method, String path, byte[] body, Map<String, String> query) {
        RequestSpecification request = api.get().urlEncodingEnabled(false)
                .header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
        query.forEach((name, value) -> request.queryParam(name, java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (body != null) {
            request.body(body);
        }
        requests++;
        Response response;
        try {
            response = request.request(method.toUpperCase(), path);
        } catch (Exception e) { // RestAssured rethrows I/O failures undeclared
            serverErrors.add(method.toUpperCase() + " " + abbreviated(path) + " -> no answer: " + e);
            return;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String what = method.toUpperCase() + " " + abbreviated(path) + " " + query.keySet() + " "
                + (body == null ? "" : abbreviated(new String(body, StandardCharsets.UTF_8))) + " -> " + status;
        if (status >= 500) {
            serverErrors.add(what + " " + abbreviated(response.asString()));
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith(refusal)) {
            notProblems.add(what + " " + response.contentType());
        }
    }

    private List<Object> badValuesFor(Map<String, Object> schema) {
        Object type = schema == null ? null : schema.get("type");
        if ("integer".equals(type) || "number".equals(type)) {
            return BAD_NUMBERS;
        }
        if ("boolean".equals(type)) {
            return List.of("yes", 2, HUGE);
        }
        if ("array".equals(type)) {
            List<Object> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                many.add(HUGE.substring(0, 100));
            }
            return List.of("not-an-array", many, List.of(Map.of("x", -1)));
        }
        if ("object".equals(type)) {
            return List.of("not-an-object", List.of(1));
        }
        List<Object> strings = new ArrayList<>(BAD_STRINGS);
        // at every length limit, characters of two and four bytes: within the limit in characters, not in bytes
        for (String limit : List.of("maxLength", "minLength")) {
            if (schema != null && schema.get(limit) instanceof Number length && length.intValue() <= 10_000) {
                strings.add("ž".repeat(length.intValue()));
                strings.add("😀".repeat(Math.max(1, length.intValue() / 2)));
            }
        }
        return strings;
    }

    private List<Map<String, Object>> parameters(Map<String, Object> operation) {
        Object parameters = operation.get("parameters");
        List<Map<String, Object>> list = new ArrayList<>();
        if (parameters instanceof List<?> l) {
            l.forEach(p -> list.add(asMap(p)));
        }
        return list;
    }

    private Map<String, Object> schemaOf(Map<String, Object> parameter) {
        return resolved(asMap(parameter.get("schema")));
    }

    private Map<String, Object> bodySchema(Map<String, Object> operation) {
        Map<String, Object> content = asMap(asMap(operation.get("requestBody")).get("content"));
        return content.isEmpty() ? Map.of() : resolved(asMap(asMap(content.values().iterator().next()).get("schema")));
    }

    private Map<String, Object> properties(Map<String, Object> schema) {
        return asMap(schema.get("properties"));
    }

    /** Follows a {@code $ref} into the document's components. */
    private Map<String, Object> resolved(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            return asMap(document.getMap("components.schemas").get(r.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static byte[] json(Map<String, Object> body) {
        return groovy.json.JsonOutput.toJson(body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
