package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.Refusal;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The merchant's own identifiers of customers, bookings, resources and services ({@code ExternalIdentifier}): each
 * action names the object type ({@code ObjectType}) and the identifier by its {@code Value}, kept by the service that
 * owns the objects at {@code /api/v1/external-ids/<kind>}.
 */
@ApplicationScoped
class ExternalIdentifierActions implements ReservantoRoutes.ActionGroup {
    /** A Reservanto object type: where its identifiers are kept, and its kind of integer id. */
    private record ObjectType(String path, String kind, String idField) {
    }

    private static final Map<String, ObjectType> TYPES = Map.of(
            "Customer", new ObjectType("customers", "customer", "CustomerId"),
            "Appointment", new ObjectType("bookings", "booking", "AppointmentId"),
            "Event", new ObjectType("bookings", "booking", "AppointmentId"),
            "BookingResource", new ObjectType("resources", "resource", "BookingResourceId"),
            "BookingService", new ObjectType("services", "service", "BookingServiceId"));

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("ExternalIdentifier/Add", r -> {
            ObjectType type = type(r);
            return r.id("ObjectId", type.kind()).compose(object -> r.calls().post(path(type), new JsonObject()
                            .put("objectId", object.toString()).put("value", r.text("Value"))))
                    .map(added -> answer(r, type, r.number("ObjectId"), added.getString("value")));
        });
        registry.add("ExternalIdentifier/Get", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.numberOf(type.kind(), found.getString("objectId"))
                    .map(object -> answer(r, type, object, found.getString("value"))));
        });
        registry.add("ExternalIdentifier/Edit", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.calls().patch(path(type) + "/" + found.getString("id"),
                            new JsonObject().put("value", r.text("NewValue")))
                    .compose(changed -> r.numberOf(type.kind(), changed.getString("objectId"))
                            .map(object -> answer(r, type, object, changed.getString("value")))));
        });
        registry.add("ExternalIdentifier/Delete", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.calls().delete(path(type) + "/" + found.getString("id")))
                    .map(done -> new JsonObject());
        });
    }

    private static ObjectType type(ReservantoRequest r) {
        ObjectType type = TYPES.get(r.text("ObjectType"));
        if (type == null) {
            throw Refusal.badField("ObjectType", "must be one of " + String.join(", ", TYPES.keySet()));
        }
        return type;
    }

    /** The identifier {@code Value} of the type; 404 when the merchant gave no object that value. */
    private static Future<JsonObject> named(ReservantoRequest r, ObjectType type) {
        String value = r.text("Value");
        return r.calls().list(path(type) + "?value=" + URLEncoder.encode(value, StandardCharsets.UTF_8))
                .map(found -> {
                    if (found.isEmpty()) {
                        throw Refusal.notFound("no " + r.text("ObjectType") + " has external identifier " + value);
                    }
                    return found.getJsonObject(0);
                });
    }

    private static String path(ObjectType type) {
        return "/api/v1/external-ids/" + type.path();
    }

    private static JsonObject answer(ReservantoRequest r, ObjectType type, long object, String value) {
        return new JsonObject().put("ObjectType", r.text("ObjectType")).put("ObjectId", object)
                .put(type.idField(), object).put("Value", value);
    }
}
