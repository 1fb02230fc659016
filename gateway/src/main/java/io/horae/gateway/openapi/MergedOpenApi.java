package io.horae.gateway.openapi;

import io.horae.gateway.GatewaySettings;
import io.horae.compat.VendorOperations;
import io.horae.gateway.route.Origins;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.TreeMap;

/**
 * One OpenAPI document for the whole platform at {@code /q/openapi}: every service's paths and schemas, fetched
 * from the services and merged, the gateway's own operations ({@code openapi/gateway.json}: API keys, tenants, the
 * booking page and its public calls) and the vendor routes the gateway answers itself ({@link VendorOperations}). A
 * schema name two services use for different shapes is prefixed with the service.
 * The document is rebuilt at most once a minute; a service that cannot be reached is left out and listed under
 * {@code x-horae-unavailable} (that answer is not kept).
 */
@ApplicationScoped
public class MergedOpenApi {
    private static final long KEEP_MILLIS = 60_000;
    private static final String SCHEMA_REF = "#/components/schemas/";
    /** The operations the gateway answers itself, described once in its resources. */
    private static final JsonObject OWN_PATHS = own();

    private final List<String> services;
    private final Origins origins;
    private final VendorOperations vendors;
    private HttpClient client;
    private volatile String merged;
    private volatile long mergedAt;

    public MergedOpenApi(GatewaySettings settings, Origins origins, VendorOperations vendors) {
        this.services = List.copyOf(new TreeMap<>(settings.upstreams()).keySet());
        this.origins = origins;
        this.vendors = vendors;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/q/openapi").order(-100).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String document = merged;
        if (document != null && System.currentTimeMillis() - mergedAt < KEEP_MILLIS) {
            context.response().putHeader("Content-Type", "application/json").end(document);
            return;
        }
        List<Future<JsonObject>> fetched = services.stream().map(this::fetch).toList();
        Future.join(fetched).onComplete(done -> {
            JsonObject result = merge(services, fetched, OWN_PATHS.copy().mergeIn(vendors.paths()));
            String encoded = result.encode();
            if (!result.containsKey("x-horae-unavailable")) {
                merged = encoded;
                mergedAt = System.currentTimeMillis();
            }
            context.response().putHeader("Content-Type", "application/json").end(encoded);
        });
    }

    private Future<JsonObject> fetch(String service) {
        return origins.connect(client, service, new RequestOptions().setMethod(HttpMethod.GET)
                        .setURI("/q/openapi?format=json").setTimeout(5000))
                .compose(request -> request.send().compose(HttpClientResponse::body))
                .map(body -> new JsonObject(body));
    }

    private static JsonObject own() {
        try (java.io.InputStream in = MergedOpenApi.class.getResourceAsStream("/openapi/gateway.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/gateway.json is missing from the gateway");
            }
            return new JsonObject(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .getJsonObject("paths");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The services' documents merged, with {@code gatewayPaths} (the gateway's own and the vendors' operations). */
    static JsonObject merge(List<String> services, List<Future<JsonObject>> fetched, JsonObject gatewayPaths) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonArray unavailable = new JsonArray();
        for (int i = 0; i < services.size(); i++) {
            Future<JsonObject> document = fetched.get(i);
            if (document.failed()) {
                unavailable.add(services.get(i));
                continue;
            }
            JsonObject doc = withUniqueSchemaNames(services.get(i), document.result(), schemas);
            // services' /internal/ paths are for each other; the gateway routes only /api/
            doc.getJsonObject("paths", new JsonObject()).forEach(p -> {
                if (p.getKey().startsWith("/api/")) {
                    paths.put(p.getKey(), p.getValue());
                }
            });
            doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject())
                    .forEach(s -> schemas.put(s.getKey(), s.getValue()));
        }
        gatewayPaths.forEach(p -> paths.put(p.getKey(), p.getValue()));
        JsonObject result = new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "Horae API").put("version", "0.1.0")
                        .put("description", "Every Horae service behind the gateway. Authenticate with "
                                + "`Authorization: Bearer <API key>`; errors are RFC 9457 problem details. The "
                                + "operations tagged Booking page under /book/ are the public calls a tenant's "
                                + "booking page makes and need no key. The "
                                + "operations tagged CareCloud, Qmatic, Recras and Reservanto speak those vendors' "
                                + "APIs, in their shapes and error envelopes (x-horae-vendor)."))
                .put("paths", new JsonObject(new TreeMap<>(paths.getMap())))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject(new TreeMap<>(schemas.getMap())))
                        .put("securitySchemes", new JsonObject().put("apiKey", new JsonObject()
                                .put("type", "http").put("scheme", "bearer"))))
                .put("security", new JsonArray().add(new JsonObject().put("apiKey", new JsonArray())));
        if (!unavailable.isEmpty()) {
            result.put("x-horae-unavailable", unavailable);
        }
        return result;
    }

    /** The document with each schema whose name is already taken by a different shape renamed, refs included. */
    private static JsonObject withUniqueSchemaNames(String service, JsonObject document, JsonObject taken) {
        String text = document.encode();
        JsonObject own = document.getJsonObject("components", new JsonObject())
                .getJsonObject("schemas", new JsonObject());
        String prefix = Character.toUpperCase(service.charAt(0)) + service.substring(1);
        for (String name : own.fieldNames()) {
            if (taken.containsKey(name) && !taken.getValue(name).equals(own.getValue(name))) {
                text = text.replace("\"" + SCHEMA_REF + name + "\"", "\"" + SCHEMA_REF + prefix + name + "\"");
                JsonObject renamed = new JsonObject(text);
                JsonObject schemas = renamed.getJsonObject("components").getJsonObject("schemas");
                schemas.put(prefix + name, schemas.remove(name));
                text = renamed.encode();
            }
        }
        return new JsonObject(text);
    }
}
