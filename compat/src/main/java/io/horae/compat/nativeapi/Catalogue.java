package io.horae.compat.nativeapi;

import io.horae.catalogue.api.ClassView;
import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.CombinationView;
import io.horae.catalogue.api.LocationView;
import io.horae.catalogue.api.ResourceView;
import io.horae.catalogue.api.ServiceView;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/**
 * availability-service's catalogue for one caller, in catalogue-api's types, which availability-service answers:
 * a location, resource, service or class occurrence by id, and services in a row that are free together.
 */
public final class Catalogue {
    private final NativeApi.Calls calls;

    Catalogue(NativeApi.Calls calls) {
        this.calls = calls;
    }

    public Future<LocationView> location(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/locations/" + id, null, LocationView.class);
    }

    public Future<ResourceView> resource(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/resources/" + id, null, ResourceView.class);
    }

    /** The service, its {@code name} in the request's language. */
    public Future<ServiceView> service(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/services/" + id, null, ServiceView.class);
    }

    public Future<ClassView> classOccurrence(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/classes/" + id, null, ClassView.class);
    }

    /** The services in a row free together, earliest first. */
    public Future<List<CombinationView>> combinations(CombinationRequest request) {
        return calls.sendForList(HttpMethod.POST, "/api/v1/availability/combinations", request, CombinationView.class);
    }
}
