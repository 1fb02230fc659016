package io.horae.compat.reservanto;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Locations, resources, services, their tags, segments and price levels, working hours and free time (availability-service), products,
 * and the catalogue of customer tags.
 */
@ApplicationScoped
class CatalogActions implements ReservantoRoutes.ActionGroup {

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Location/Get", r -> r.id("LocationId", "location")
                .compose(id -> r.calls().get("/api/v1/locations/" + id))
                .compose(l -> r.shape(l, "location")).map(l -> ReservantoRequest.answer("Location", l)));
        registry.add("Location/GetList", r -> r.calls().list("/api/v1/locations")
                .compose(all -> r.shapeAll(all, "location")).map(l -> ReservantoRequest.answer("Locations", l)));
        registry.add("BookingResource/Get", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().get("/api/v1/resources/" + id))
                .compose(x -> r.shape(x, "resource")).map(x -> ReservantoRequest.answer("BookingResource", x)));
        registry.add("BookingResource/GetList", r -> r.optionalId("LocationId", "location")
                .compose(l -> r.calls().list("/api/v1/resources" + (l == null ? "" : "?locationId=" + l)))
                .compose(all -> r.shapeAll(all, "resource"))
                .map(all -> ReservantoRequest.answer("BookingResources", all)));
        registry.add("BookingResource/GetAvailability", CatalogActions::availability);
        registry.add("BookingService/Get", r -> r.id("BookingServiceId", "service")
                .compose(id -> r.calls().get("/api/v1/services/" + id))
                .compose(x -> r.shape(x, "service")).map(x -> ReservantoRequest.answer("BookingService", x)));
        registry.add("BookingService/GetList", r -> r.calls().list("/api/v1/services")
                .compose(all -> r.shapeAll(all, "service"))
                .map(all -> ReservantoRequest.answer("BookingServices", all)));
        registry.add("BookingService/GetForBookingResource", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().get("/api/v1/resources/" + id + "/services"))
                .compose(offer -> Future.all(offer.getJsonArray("serviceIds").stream()
                        .map(s -> r.calls().get("/api/v1/services/" + s)).toList()))
                .compose(all -> r.shapeAll(new JsonArray(all.list()), "service"))
                .map(all -> ReservantoRequest.answer("BookingServices", all)));
        registry.add("Product/GetList", r -> r.calls().list("/api/v1/products")
                .compose(all -> r.shapeAll(all, "product")).map(all -> ReservantoRequest.answer("Products", all)));
        registry.add("ProductCategory/GetList", r -> r.calls().list("/api/v1/product-categories")
                .compose(all -> r.shapeAll(all, "product-category"))
                .map(all -> ReservantoRequest.answer("ProductCategories", all)));
        registry.add("PriceLevel/GetList", r -> r.calls().list("/api/v1/price-levels")
                .compose(all -> r.shapeAll(all, "price-level")).map(all -> ReservantoRequest.answer("PriceLevels", all)));
        registry.add("Segment/GetList", r -> r.calls().list("/api/v1/segments")
                .compose(all -> r.shapeAll(all, "segment")).map(all -> ReservantoRequest.answer("Segments", all)));
        registry.add("Tag/GetListForResource", r -> r.calls().list("/api/v1/resource-tags")
                .compose(all -> r.shapeAll(all, "resource-tag")).map(all -> ReservantoRequest.answer("Tags", all)));
        registry.add("Tag/GetListForCustomer", r -> r.calls().list("/api/v1/customer-tags")
                .compose(all -> r.shapeAll(all, "customer-tag")).map(all -> ReservantoRequest.answer("Tags", all)));
        registry.add("WorkingHours/GetForPeriod", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().list("/api/v1/working-hours/" + id + "?from=" + r.time("From")
                        + "&to=" + r.time("To")))
                .compose(all -> r.shapeAll(all, null))
                .map(all -> ReservantoRequest.answer("WorkingHours", all)));
        registry.add("FreeTime/Create", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().post("/api/v1/free-time", new JsonObject().put("resourceId", id.toString())
                        .put("start", r.time("From").toString()).put("end", r.time("To").toString())
                        .put("reason", r.optionalText("Note"))))
                .compose(created -> r.numberOf("free-time", created.getString("id")))
                .map(id -> ReservantoRequest.answer("FreeTimeId", id)));
        registry.add("FreeTime/Get", r -> r.id("FreeTimeId", "free-time")
                .compose(id -> r.calls().get("/api/v1/free-time/" + id))
                .compose(x -> r.shape(x, "free-time")).map(x -> ReservantoRequest.answer("FreeTime", x)));
        registry.add("FreeTime/Delete", r -> r.id("FreeTimeId", "free-time")
                .compose(id -> r.calls().delete("/api/v1/free-time/" + id)).map(done -> new JsonObject()));
    }

    /** Each resource's free intervals in [From, To): {@code BookingResourceIds} (or one {@code BookingResourceId}). */
    static Future<JsonObject> availability(ReservantoRequest r) {
        List<Long> numbers = r.has("BookingResourceIds")
                ? r.body().getJsonArray("BookingResourceIds").stream().map(n -> ((Number) n).longValue()).toList()
                : List.of(r.number("BookingResourceId"));
        String range = "&from=" + r.time("From") + "&to=" + r.time("To");
        return Future.all(numbers.stream().map(n -> r.numbers().id(r.calls().tenant(), "resource", n,
                        "BookingResourceIds").compose(id -> r.calls().list("/api/v1/availability/free-time?resourceId="
                        + id + range)).compose(free -> r.shapeAll(free, null)).map(free -> new JsonObject()
                        .put("BookingResourceId", n).put("FreeIntervals", free))).toList())
                .map(all -> ReservantoRequest.answer("Availability", new JsonArray(all.list())));
    }
}
