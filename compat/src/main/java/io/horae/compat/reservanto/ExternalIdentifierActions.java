package io.horae.compat.reservanto;

import io.horae.compat.nativeapi.ExternalIds;
import io.horae.compat.nativeapi.Refusal;
import io.horae.names.api.ExternalIdValue;
import io.horae.names.api.ExternalIdView;
import io.horae.names.api.NewExternalId;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * The merchant's own identifiers of customers, bookings, resources and services ({@code ExternalIdentifier}): each
 * action names the object type ({@code ObjectType}) and the identifier by its {@code Value}, kept by the service that
 * owns the objects at {@code /api/v1/external-ids/<kind>}.
 */
@ApplicationScoped
class ExternalIdentifierActions implements ReservantoRoutes.ActionGroup {
    /** A Reservanto object type: where its identifiers are kept, and its kind of integer id. */
    private record ObjectType(ExternalIds.Kind ids, String kind, String idField) {
    }

    private static final Map<String, ObjectType> TYPES = Map.of(
            "Customer", new ObjectType(ExternalIds.Kind.CUSTOMER, "customer", "CustomerId"),
            "Appointment", new ObjectType(ExternalIds.Kind.BOOKING, "booking", "AppointmentId"),
            "Event", new ObjectType(ExternalIds.Kind.BOOKING, "booking", "AppointmentId"),
            "BookingResource", new ObjectType(ExternalIds.Kind.RESOURCE, "resource", "BookingResourceId"),
            "BookingService", new ObjectType(ExternalIds.Kind.SERVICE, "service", "BookingServiceId"));

    @Override
    public void register(ReservantoRoutes.Registry registry) {
        registry.add("ExternalIdentifier/Add", r -> {
            ObjectType type = type(r);
            return r.id("ObjectId", type.kind()).compose(object -> r.calls().externalIds().add(type.ids(),
                            new NewExternalId(object, r.text("Value"))))
                    .map(added -> answer(r, type, r.number("ObjectId"), added.value()));
        });
        registry.add("ExternalIdentifier/Get", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.numberOf(type.kind(), found.objectId())
                    .map(object -> answer(r, type, object, found.value())));
        });
        registry.add("ExternalIdentifier/Edit", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.calls().externalIds().change(type.ids(), found.id(),
                            new ExternalIdValue(r.text("NewValue")))
                    .compose(changed -> r.numberOf(type.kind(), changed.objectId())
                            .map(object -> answer(r, type, object, changed.value()))));
        });
        registry.add("ExternalIdentifier/Delete", r -> {
            ObjectType type = type(r);
            return named(r, type).compose(found -> r.calls().externalIds().remove(type.ids(), found.id()))
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
    private static Future<ExternalIdView> named(ReservantoRequest r, ObjectType type) {
        String value = r.text("Value");
        return r.calls().externalIds().withValue(type.ids(), value).map(found -> {
            if (found.isEmpty()) {
                throw Refusal.notFound("no " + r.text("ObjectType") + " has external identifier " + value);
            }
            return found.get(0);
        });
    }
    private static JsonObject answer(ReservantoRequest r, ObjectType type, long object, String value) {
        return new JsonObject().put("ObjectType", r.text("ObjectType")).put("ObjectId", object)
                .put(type.idField(), object).put("Value", value);
    }
}
