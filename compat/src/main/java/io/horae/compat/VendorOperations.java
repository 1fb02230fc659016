package io.horae.compat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation the vendor routes answer, as each vendor mounted it: what the platform's one OpenAPI document lists
 * under the vendor's tag (so clients find them, and the malformed-input attack reaches them). Their bodies are the
 * vendors' own documents; the operation says only its method, path and path parameters, and that it answers in the
 * vendor's envelope ({@code x-horae-vendor}).
 */
@ApplicationScoped
public class VendorOperations {
    /** One operation: the vendor (its tag), the HTTP method, the path with {@code {parameters}}. */
    public record Operation(String vendor, String method, String path) {
    }

    private static final Pattern VERTX_PARAMETER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private final List<Operation> operations = new CopyOnWriteArrayList<>();

    /** Records an operation; {@code path} may name parameters as Vert.x does ({@code :id}) or as OpenAPI does. */
    public void add(String vendor, String method, String path) {
        operations.add(new Operation(vendor, method.toLowerCase(Locale.ROOT),
                VERTX_PARAMETER.matcher(path).replaceAll("{$1}")));
    }

    /** The OpenAPI {@code paths} of every operation, each path's operations by method. */
    public JsonObject paths() {
        Map<String, JsonObject> paths = new TreeMap<>();
        for (Operation operation : operations) {
            paths.computeIfAbsent(operation.path(), p -> new JsonObject()).put(operation.method(), describe(operation));
        }
        return new JsonObject(new TreeMap<>(paths));
    }

    private static JsonObject describe(Operation operation) {
        JsonArray parameters = new JsonArray();
        Matcher named = PATH_PARAMETER.matcher(operation.path());
        while (named.find()) {
            parameters.add(new JsonObject().put("name", named.group(1)).put("in", "path").put("required", true)
                    .put("schema", new JsonObject().put("type", "string")));
        }
        JsonObject described = new JsonObject()
                .put("tags", new JsonArray().add(operation.vendor()))
                .put("summary", operation.vendor() + " compatibility: " + operation.method().toUpperCase(Locale.ROOT)
                        + " " + operation.path())
                .put("x-horae-vendor", operation.vendor())
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "the vendor's answer"))
                        .put("4XX", new JsonObject().put("description", "a refusal in the vendor's error envelope")));
        if (!parameters.isEmpty()) {
            described.put("parameters", parameters);
        }
        if (!operation.method().equals("get") && !operation.method().equals("delete")) {
            described.put("requestBody", new JsonObject().put("content", new JsonObject().put("application/json",
                    new JsonObject().put("schema", new JsonObject().put("type", "object")))));
        }
        return described;
    }
}
