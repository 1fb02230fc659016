package io.horae.compat.reservanto;

import io.horae.catalogue.api.NewFreeTime;
import io.horae.catalogue.api.ServiceView;
import io.horae.compat.nativeapi.Names;
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
                .compose(id -> r.calls().catalogue().location(id))
                .compose(l -> r.shape(l, "location")).map(l -> ReservantoRequest.answer("Location", l)));
        registry.add("Location/GetList", r -> r.calls().catalogue().locations(false)
                .compose(all -> r.shapeAll(all, "location")).map(l -> ReservantoRequest.answer("Locations", l)));
        registry.add("BookingResource/Get", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().catalogue().resource(id))
                .compose(x -> r.shape(x, "resource")).map(x -> ReservantoRequest.answer("BookingResource", x)));
        registry.add("BookingResource/GetList", r -> r.optionalId("LocationId", "location")
                .compose(location -> r.calls().catalogue().resources(location))
                .compose(all -> r.shapeAll(all, "resource"))
                .map(all -> ReservantoRequest.answer("BookingResources", all)));
        registry.add("BookingResource/GetAvailability", CatalogActions::availability);
        registry.add("BookingService/Get", r -> r.id("BookingServiceId", "service")
                .compose(id -> r.calls().catalogue().service(id))
                .compose(x -> r.shape(x, "service")).map(x -> ReservantoRequest.answer("BookingService", x)));
        registry.add("BookingService/GetList", r -> r.calls().catalogue().services(false)
                .compose(all -> r.shapeAll(all, "service"))
                .map(all -> ReservantoRequest.answer("BookingServices", all)));
        registry.add("BookingService/GetForBookingResource", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().catalogue().offeredOn(id))
                .compose(offer -> Future.all(offer.serviceIds().stream()
                        .map(s -> r.calls().catalogue().service(s)).toList()))
                .compose(all -> r.shapeAll(all.<ServiceView>list(), "service"))
                .map(all -> ReservantoRequest.answer("BookingServices", all)));
        registry.add("Product/GetList", r -> r.calls().productReservations().products()
                .compose(all -> r.shapeAll(all, "product")).map(all -> ReservantoRequest.answer("Products", all)));
        registry.add("ProductCategory/GetList", r -> r.calls().names().list(Names.Kind.PRODUCT_CATEGORIES)
                .compose(all -> r.shapeAll(all, "product-category"))
                .map(all -> ReservantoRequest.answer("ProductCategories", all)));
        registry.add("PriceLevel/GetList", r -> r.calls().names().list(Names.Kind.PRICE_LEVELS)
                .compose(all -> r.shapeAll(all, "price-level")).map(all -> ReservantoRequest.answer("PriceLevels", all)));
        registry.add("Segment/GetList", r -> r.calls().names().list(Names.Kind.SEGMENTS)
                .compose(all -> r.shapeAll(all, "segment")).map(all -> ReservantoRequest.answer("Segments", all)));
        registry.add("Tag/GetListForResource", r -> r.calls().names().list(Names.Kind.RESOURCE_TAGS)
                .compose(all -> r.shapeAll(all, "resource-tag")).map(all -> ReservantoRequest.answer("Tags", all)));
        registry.add("Tag/GetListForCustomer", r -> r.calls().names().list(Names.Kind.CUSTOMER_TAGS)
                .compose(all -> r.shapeAll(all, "customer-tag")).map(all -> ReservantoRequest.answer("Tags", all)));
        registry.add("WorkingHours/GetForPeriod", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().catalogue().workingHours(id, r.time("From").toInstant(),
                        r.time("To").toInstant()))
                .compose(all -> r.shapeAll(all, null))
                .map(all -> ReservantoRequest.answer("WorkingHours", all)));
        registry.add("FreeTime/Create", r -> r.id("BookingResourceId", "resource")
                .compose(id -> r.calls().catalogue().takeTimeOff(new NewFreeTime(id, r.time("From"), r.time("To"),
                        r.optionalText("Note"))))
                .compose(created -> r.numberOf("free-time", created.id()))
                .map(id -> ReservantoRequest.answer("FreeTimeId", id)));
        registry.add("FreeTime/Get", r -> r.id("FreeTimeId", "free-time")
                .compose(id -> r.calls().catalogue().timeOff(id))
                .compose(x -> r.shape(x, "free-time")).map(x -> ReservantoRequest.answer("FreeTime", x)));
        registry.add("FreeTime/Delete", r -> r.id("FreeTimeId", "free-time")
                .compose(id -> r.calls().catalogue().giveTimeBack(id)).map(done -> new JsonObject()));
    }

    /** Each resource's free intervals in [From, To): {@code BookingResourceIds} (or one {@code BookingResourceId}). */
    static Future<JsonObject> availability(ReservantoRequest r) {
        List<Long> numbers = r.has("BookingResourceIds")
                ? r.body().getJsonArray("BookingResourceIds").stream().map(n -> ((Number) n).longValue()).toList()
                : List.of(r.number("BookingResourceId"));
        return Future.all(numbers.stream().map(n -> r.numbers().id(r.calls().tenant(), "resource", n,
                        "BookingResourceIds")
                .compose(id -> r.calls().catalogue().freeIntervals(id, r.time("From").toInstant(),
                        r.time("To").toInstant()))
                .compose(free -> r.shapeAll(free, null))
                .map(free -> new JsonObject().put("BookingResourceId", n).put("FreeIntervals", free))).toList())
                .map(all -> ReservantoRequest.answer("Availability", new JsonArray(all.list())));
    }
}
