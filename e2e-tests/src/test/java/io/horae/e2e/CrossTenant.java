package io.horae.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * One of every object in the demo tenant, then every operation of the OpenAPI document (the vendor routes included)
 * called by another tenant's admin key with those ids: every read must be 404, no write may succeed, every list must be free of the demo
 * tenant's ids, and the demo tenant's objects must read the same afterwards.
 */
final class CrossTenant {
    record Outcome(int operations, int requests, Map<Integer, Integer> statuses, List<String> leaks,
                   List<String> changed) {
    }

    /** Bodies that would be accepted if the objects were the caller's, so only the tenant check can refuse them. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("PATCH /api/v1/customers/{id}", "{\"firstName\":\"Mallory\"}"),
            Map.entry("POST /api/v1/customers/{customerId}/credit/entries", "{\"amount\":1000,\"reason\":\"gift\"}"),
            Map.entry("POST /api/v1/customers/{customerId}/account", "{\"password\":\"correct horse battery\"}"),
            Map.entry("POST /api/v1/bookings/{id}/cancellation", "{\"reason\":\"mallory\"}"),
            Map.entry("POST /api/v1/bookings/{id}/rejection", "{\"reason\":\"mallory\"}"),
            Map.entry("POST /api/v1/bookings/{id}/payments", "{\"method\":\"EXTERNAL\",\"amount\":1}"),
            Map.entry("POST /api/v1/reservations/{id}/release", "{\"reason\":\"mallory\"}"),
            Map.entry("PUT /api/v1/products/{productId}/stock/{storeId}", "{\"quantity\":0}"),
            Map.entry("POST /api/v1/product-reservations/{id}/state", "{\"state\":3}"),
            Map.entry("PUT /api/v1/resources/{id}/services", "{\"serviceIds\":[]}"),
            Map.entry("PUT /api/v1/working-hours/{resourceId}", "{\"rules\":[]}"),
            Map.entry("PUT /api/v1/working-hours/{resourceId}/dates/{date}", "{\"windows\":[]}"),
            Map.entry("POST /api/v1/locations/{locationId}/holidays", "{\"date\":\"2031-01-01\",\"name\":\"Mallory day\"}"),
            Map.entry("POST /api/v1/customers/{customerId}/passes/{passId}/uses", "{\"reference\":\"mallory\"}"),
            Map.entry("POST /api/v1/customers/{customerId}/passes/{passId}/intermissions",
                    "{\"from\":\"2031-01-01\",\"to\":\"2031-01-02\"}"),
            Map.entry("POST /api/v1/vouchers/{code}/redemption", "{\"reference\":\"mallory\"}"));

    /** Query parameters an operation needs before it looks at the object. */
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/v1/working-hours/{resourceId}", "?from=2031-01-01T00:00:00Z&to=2031-01-07T00:00:00Z");

    private final Supplier<RequestSpecification> owner;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> leaks = new ArrayList<>();
    private int requests;

    CrossTenant(Supplier<RequestSpecification> owner) {
        this.owner = owner;
    }

    Outcome run() {
        arrange();
        Map<String, String> before = readAll();
        String other = "mallory-" + Long.toHexString(System.nanoTime());
        String key = owner.get().body("{\"id\":\"" + other + "\",\"name\":\"Mallory\"}").post("/api/v1/tenants")
                .then().statusCode(201).extract().path("apiKey.key");
        Supplier<RequestSpecification> mallory = () -> given().header("Authorization", "Bearer " + key)
                .contentType("application/json");

        Map<String, Map<String, Object>> paths = JsonPath.from(owner.get().header("Accept", "application/json")
                .get("/q/openapi").asString()).getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (path.getKey().startsWith("/links/")) {
                continue; // signed links carry their own tenant and signature, not a key
            }
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                operations++;
                boolean vendor = operation.getValue() instanceof Map<?, ?> described
                        && described.containsKey("x-horae-vendor");
                attack(mallory, method.toUpperCase(), path.getKey(), vendor);
            }
        }
        Map<String, String> after = readAll();
        List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k)))
                .map(k -> k + ": " + before.get(k) + " -> " + after.get(k)).toList();
        return new Outcome(operations, requests, statuses, leaks, changed);
    }

    /**
     * One operation as the other tenant. A vendor route refuses in its own way (Qmatic asks for its branch and
     * services before it looks for anything), so of a vendor's read only a refusal is required, not a 404.
     */
    private void attack(Supplier<RequestSpecification> mallory, String method, String template, boolean vendor) {
        String path = filled(template) + QUERIES.getOrDefault(method + " " + template, "");
        RequestSpecification request = mallory.get();
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.body(BODIES.getOrDefault(method + " " + template, "{}"));
        }
        Response response = request.request(method, path);
        requests++;
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        boolean aboutOneObject = template.contains("{");
        if (aboutOneObject && status < 400) {
            leaks.add(method + " " + path + " -> " + status + " " + response.asString());
        }
        if (aboutOneObject && method.equals("GET") && status != 404 && !vendor) {
            leaks.add(method + " " + path + " -> " + status + " (a read must be 404)");
        }
        if (!aboutOneObject && method.equals("GET")) {
            String body = response.asString();
            ids.forEach((name, id) -> {
                if (body.contains(id)) {
                    leaks.add("GET " + path + " lists the demo tenant's " + name + " " + id);
                }
            });
        }
    }

    /** The template with the demo tenant's ids: each parameter by its name and the collection it follows. */
    private String filled(String template) {
        String[] parts = template.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            String value = part;
            if (part.startsWith("{")) {
                String name = part.substring(1, part.length() - 1);
                value = switch (name) {
                    // an external id is named by the kind it identifies: external-ids/customers/{id}
                    case "id" -> ids.getOrDefault(i >= 2 && parts[i - 2].equals("external-ids")
                            ? "external-ids/" + parts[i - 1] : parts[i - 1], UUID.randomUUID().toString());
                    case "customerId" -> ids.get("customers");
                    case "passId" -> ids.get("customer-pass");
                    case "locationId", "storeId" -> ids.get("locations");
                    case "productId" -> ids.get("products");
                    case "resourceId" -> ids.get("resources");
                    case "code" -> ids.get("vouchers");
                    case "date" -> LocalDate.now().plusDays(10).toString();
                    default -> UUID.randomUUID().toString();
                };
            }
            path.append('/').append(value);
        }
        return path.toString();
    }

    private void arrange() {
        String start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(10)
                .toString();
        Calendar calendar = Calendar.arrange(owner, "Owned", "08:00", "20:00");
        ids.put("locations", calendar.location());
        ids.put("services", calendar.service());
        ids.put("resources", calendar.resource());
        ids.put("customers", created("/api/v1/customers",
                "{\"firstName\":\"Olga\",\"lastName\":\"Owner\",\"email\":\"olga@example.com\"}"));
        ids.put("free-time", created("/api/v1/free-time", "{\"resourceId\":\"" + calendar.resource()
                + "\",\"start\":\"" + start.replace("T10", "T18") + "\",\"end\":\"" + start.replace("T10", "T19") + "\"}"));
        ids.put("classes", created("/api/v1/classes", "{\"serviceId\":\"" + calendar.service() + "\",\"resourceId\":\""
                + calendar.resource() + "\",\"start\":\"" + start.replace("T10", "T15") + "\",\"capacity\":5}"));
        ids.put("class-series", created("/api/v1/class-series", "{\"serviceId\":\"" + calendar.service()
                + "\",\"resourceId\":\"" + calendar.resource() + "\",\"days\":[\"MONDAY\",\"THURSDAY\"],"
                + "\"time\":\"17:00\",\"from\":\"" + start.substring(0, 10) + "\",\"count\":2}"));
        ids.put("custom-value-definitions", created("/api/v1/custom-value-definitions",
                "{\"key\":\"shoeSize\",\"label\":\"Shoe size\",\"type\":\"NUMBER\"}"));
        ids.put("payment-methods", created("/api/v1/payment-methods", "{\"name\":\"Card\"}"));
        ids.put("product-categories", created("/api/v1/product-categories", "{\"name\":\"Glass\"}"));
        for (String catalogue : List.of("customer-tags", "resource-tags", "segments", "price-levels",
                "product-reservation-sources")) {
            ids.put(catalogue, created("/api/v1/" + catalogue, "{\"name\":\"Owned " + catalogue + "\"}"));
        }
        ids.put("products", created("/api/v1/products",
                "{\"name\":\"Vase\",\"price\":10,\"currency\":\"EUR\",\"vatRate\":21}"));
        owner.get().body("{\"quantity\":5}").put("/api/v1/products/" + ids.get("products") + "/stock/"
                + calendar.location()).then().statusCode(200);
        ids.put("product-reservations", created("/api/v1/product-reservations", "{\"customerId\":\""
                + ids.get("customers") + "\",\"storeId\":\"" + calendar.location() + "\",\"items\":[{\"productId\":\""
                + ids.get("products") + "\",\"amount\":1}]}"));
        ids.put("reservations", created("/api/v1/reservations", "{\"lines\":[" + calendar.line(start) + "]}"));
        ids.put("bookings", created("/api/v1/bookings", "{\"lines\":[" + calendar.line(start.replace("T10", "T12"))
                + "],\"customerId\":\"" + ids.get("customers") + "\"}"));
        ids.put("waitlist", created("/api/v1/waitlist", "{\"customerId\":\"" + ids.get("customers")
                + "\",\"classId\":\"" + ids.get("classes") + "\"}"));
        for (String kind : List.of("customers", "resources", "services", "bookings")) {
            ids.put("external-ids/" + kind, created("/api/v1/external-ids/" + kind, "{\"objectId\":\"" + ids.get(kind)
                    + "\",\"value\":\"OWN-" + kind + "\"}"));
        }
        ids.put("substitutions", owner.get().body("{\"serviceId\":\"" + calendar.service() + "\",\"validUntil\":\""
                        + LocalDate.now().plusDays(30) + "\"}").post("/api/v1/customers/" + ids.get("customers")
                        + "/substitutions").then().statusCode(201).extract().path("[0].id"));
        ids.put("webhooks", created("/api/v1/webhooks",
                "{\"url\":\"https://example.com/hook\",\"eventTypes\":[\"booking.created.v1\"]}"));
        String pass = created("/api/v1/passes", "{\"name\":\"Ten visits\",\"entries\":10,\"validityDays\":365,"
                + "\"price\":100,\"currency\":\"EUR\"}");
        ids.put("passes", pass);
        ids.put("customer-pass", created("/api/v1/customers/" + ids.get("customers") + "/passes",
                "{\"passId\":\"" + pass + "\"}"));
        owner.get().body("{\"amount\":50,\"reason\":\"welcome\"}")
                .post("/api/v1/customers/" + ids.get("customers") + "/credit/entries").then().statusCode(201);
        String code = "OWN" + Long.toHexString(System.nanoTime()).toUpperCase();
        owner.get().body("{\"code\":\"" + code + "\",\"amount\":20,\"currency\":\"EUR\"}").post("/api/v1/vouchers")
                .then().statusCode(201);
        ids.put("vouchers", code);
        // what the attack compares afterwards must be settled first: the booking shows its customer once
        // booking-service has the profile from horae.customer-profiles
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (owner.get().get("/api/v1/bookings/" + ids.get("bookings")).then().extract().path("customer") == null) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the booking never showed its customer");
            }
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String created(String path, String body) {
        return owner.get().body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /** What the demo tenant reads of each of its objects (and a few of their parts). */
    private Map<String, String> readAll() {
        Map<String, String> reads = new LinkedHashMap<>();
        ids.forEach((name, id) -> {
            String path = switch (name) {
                case "customer-pass" -> "/api/v1/customers/" + ids.get("customers") + "/passes";
                case "substitutions" -> "/api/v1/customers/" + ids.get("customers") + "/substitutions";
                case "passes" -> "/api/v1/passes";
                default -> "/api/v1/" + name + "/" + id;
            };
            reads.put(path, owner.get().get(path).asString());
        });
        for (String extra : List.of("/api/v1/customers/" + ids.get("customers") + "/credit",
                "/api/v1/products/" + ids.get("products") + "/stock",
                "/api/v1/resources/" + ids.get("resources") + "/services",
                "/api/v1/working-hours/" + ids.get("resources"),
                "/api/v1/locations/" + ids.get("locations") + "/holidays")) {
            reads.put(extra, owner.get().get(extra).asString());
        }
        return reads;
    }
}
