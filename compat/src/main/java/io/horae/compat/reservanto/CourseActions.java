package io.horae.compat.reservanto;

import io.horae.catalogue.api.ClassSeriesView;
import io.horae.catalogue.api.ClassView;
import io.horae.compat.nativeapi.Bookings;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Course group: a course is a weekly series of classes (availability's class series). */
@ApplicationScoped
class CourseActions implements ReservantoRoutes.ActionGroup {
    /** Bookings read per call when looking for a customer's bookings in a course. */
    private static final int PAGE = 200;

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("Course/Get", r -> course(r).compose(series -> {
            JsonObject rule = r.calls().json(series);
            rule.remove("classes");
            return r.shape(rule, "course").compose(shaped -> r.shapeAll(series.classes(), "class")
                    .map(classes -> ReservantoRequest.answer("Course", shaped.put("Classes", classes))));
        }));
        registry.add("Course/GetCustomerEvents", r -> course(r).compose(series -> r.id("CustomerId", "customer")
                .compose(customer -> {
                    Set<UUID> classes = series.classes().stream().map(ClassView::id).collect(Collectors.toSet());
                    return r.calls().bookings().every(Bookings.Query.ofCustomer(customer), PAGE)
                            .map(all -> all.stream().filter(b -> b.lines().stream()
                                    .anyMatch(l -> classes.contains(l.classId()))).toList());
                })
                .compose(found -> r.shapeAll(found, "booking")).map(found -> ReservantoRequest.answer("Events", found))));
    }

    /** The series {@code CourseId} with its classes. */
    private static Future<ClassSeriesView> course(ReservantoRequest r) {
        return r.id("CourseId", "course").compose(id -> r.calls().catalogue().classSeries(id));
    }
}
