package io.horae.gateway.compat.reservanto;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Course group: a course is a weekly series of classes (availability's class series). */
@ApplicationScoped
class CourseActions implements ReservantoRoutes.ActionGroup {
    private static final String SERIES = "/api/v1/class-series/";
    /** Bookings read per call when looking for a customer's bookings in a course. */
    private static final int PAGE = 200;

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Course/Get", r -> course(r).compose(series -> {
            JsonObject rule = series.copy();
            rule.remove("classes");
            return r.shape(rule, "course").compose(shaped -> r.shapeAll(series.getJsonArray("classes"), "class")
                    .map(classes -> ReservantoRequest.answer("Course", shaped.put("Classes", classes))));
        }));
        registry.add("Course/GetCustomerEvents", r -> course(r).compose(series -> r.id("CustomerId", "customer")
                .compose(customer -> {
                    Set<String> classes = series.getJsonArray("classes").stream()
                            .map(c -> ((JsonObject) c).getString("id")).collect(Collectors.toSet());
                    return bookingsOf(r, customer, 0, new ArrayList<>()).map(all -> new JsonArray(all.stream()
                            .filter(b -> b.getJsonArray("lines").stream()
                                    .anyMatch(l -> classes.contains(((JsonObject) l).getString("classId"))))
                            .map(Object.class::cast).toList()));
                })
                .compose(found -> r.shapeAll(found, "booking")).map(found -> ReservantoRequest.answer("Events", found))));
    }

    /** The series {@code CourseId} with its classes. */
    private static Future<JsonObject> course(ReservantoRequest r) {
        return r.id("CourseId", "course").compose(id -> r.calls().get(SERIES + id));
    }

    /** Every booking of the customer, page by page. */
    private static Future<List<JsonObject>> bookingsOf(ReservantoRequest r, UUID customer, int offset,
                                                       List<JsonObject> found) {
        return r.calls().get("/api/v1/bookings?limit=" + PAGE + "&offset=" + offset + "&customerId=" + customer)
                .compose(page -> {
                    page.getJsonArray("items").forEach(b -> found.add((JsonObject) b));
                    return offset + PAGE < page.getLong("total") ? bookingsOf(r, customer, offset + PAGE, found)
                            : Future.succeededFuture(found);
                });
    }
}
