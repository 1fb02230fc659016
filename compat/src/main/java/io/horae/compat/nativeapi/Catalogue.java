package io.horae.compat.nativeapi;

import io.horae.catalogue.api.ClassSeriesView;
import io.horae.catalogue.api.ClassView;
import io.horae.catalogue.api.CombinationRequest;
import io.horae.catalogue.api.CombinationView;
import io.horae.catalogue.api.FreeDay;
import io.horae.catalogue.api.FreeStart;
import io.horae.catalogue.api.FreeTimeView;
import io.horae.catalogue.api.LocationView;
import io.horae.catalogue.api.NewFreeTime;
import io.horae.catalogue.api.ResourceView;
import io.horae.catalogue.api.ServiceOffer;
import io.horae.catalogue.api.ServiceView;
import io.horae.catalogue.api.TimeSpan;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * availability-service's catalogue and free time for one caller, in catalogue-api's types, which availability-service
 * answers: locations, resources, services, classes and their series, working hours and time off, free starts, days
 * and intervals, and services in a row that are free together.
 */
public final class Catalogue {
    private final NativeApi.Calls calls;

    Catalogue(NativeApi.Calls calls) {
        this.calls = calls;
    }

    /**
     * A question about free time: starts, days or classes of {@code service} (required for starts and days), on
     * {@code resource} or at {@code location}, in {@code [from, to)}.
     */
    public record Search(UUID service, UUID resource, UUID location, Instant from, Instant to) {
        public static Search onResource(UUID service, UUID resource, Instant from, Instant to) {
            return new Search(service, resource, null, from, to);
        }

        public static Search atLocation(UUID service, UUID location, Instant from, Instant to) {
            return new Search(service, null, location, from, to);
        }

        /** The same search from {@code start} on. */
        Search startingAt(Instant start) {
            return new Search(service, resource, location, start, to);
        }

        String query() {
            StringBuilder query = new StringBuilder("?from=").append(from).append("&to=").append(to);
            if (service != null) {
                query.append("&serviceId=").append(service);
            }
            if (resource != null) {
                query.append("&resourceId=").append(resource);
            }
            if (location != null) {
                query.append("&locationId=").append(location);
            }
            return query.toString();
        }
    }

    /** The locations, or only those in use ({@code activeOnly}). */
    public Future<List<LocationView>> locations(boolean activeOnly) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/locations" + (activeOnly ? "?active=true" : ""), null,
                LocationView.class);
    }

    /** The resources, all or those of {@code location} (null: all). */
    public Future<List<ResourceView>> resources(UUID location) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/resources" + (location == null ? "" : "?locationId="
                + location), null, ResourceView.class);
    }

    /** The services, their names in the request's language; or only those offered ({@code activeOnly}). */
    public Future<List<ServiceView>> services(boolean activeOnly) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/services" + (activeOnly ? "?active=true" : ""), null,
                ServiceView.class);
    }

    /** The services {@code resource} offers. */
    public Future<ServiceOffer> offeredOn(UUID resource) {
        return calls.send(HttpMethod.GET, "/api/v1/resources/" + resource + "/services", null, ServiceOffer.class);
    }

    /** Every free start the search asks about, earliest first, however many parts the service answers it in. */
    public Future<List<FreeStart>> starts(Search search) {
        return calls.sendForEveryPart(search.from(), from -> new NativeApi.Question(HttpMethod.GET,
                "/api/v1/availability" + search.startingAt(from).query(), null), FreeStart.class);
    }

    /** Per local date of the location (or the resource's), how many starts are free. */
    public Future<List<FreeDay>> days(Search search) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/availability/days" + search.query(), null, FreeDay.class);
    }

    /** The class occurrences the search asks about ({@code location} required), or only those with seats left. */
    public Future<List<ClassView>> classes(Search search, boolean withSeatsOnly) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/classes" + search.query()
                + (withSeatsOnly ? "&available=true" : ""), null, ClassView.class);
    }

    /** The intervals in {@code [from, to)} in which {@code resource} is free, for rentals. */
    public Future<List<TimeSpan>> freeIntervals(UUID resource, Instant from, Instant to) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/availability/free-time"
                + new Search(null, resource, null, from, to).query(), null, TimeSpan.class);
    }

    /** The windows of working hours of {@code resource} in {@code [from, to)}. */
    public Future<List<TimeSpan>> workingHours(UUID resource, Instant from, Instant to) {
        return calls.sendForList(HttpMethod.GET, "/api/v1/working-hours/" + resource + "?from=" + from + "&to=" + to,
                null, TimeSpan.class);
    }

    /** Takes time off a resource; what is booked then is listed in the answer, never cancelled. */
    public Future<FreeTimeView> takeTimeOff(NewFreeTime timeOff) {
        return calls.send(HttpMethod.POST, "/api/v1/free-time", timeOff, FreeTimeView.class);
    }

    public Future<FreeTimeView> timeOff(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/free-time/" + id, null, FreeTimeView.class);
    }

    public Future<Void> giveTimeBack(UUID id) {
        return calls.send(HttpMethod.DELETE, "/api/v1/free-time/" + id, null);
    }

    /** The weekly series of classes, with every class of it. */
    public Future<ClassSeriesView> classSeries(UUID id) {
        return calls.send(HttpMethod.GET, "/api/v1/class-series/" + id, null, ClassSeriesView.class);
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

    /** Every start of the services in a row free together, earliest first, however many parts it is answered in. */
    public Future<List<CombinationView>> combinations(CombinationRequest request) {
        return calls.sendForEveryPart(request.from().toInstant(), from -> new NativeApi.Question(HttpMethod.POST,
                "/api/v1/availability/combinations", new CombinationRequest(request.serviceIds(), request.locationId(),
                        from.atOffset(ZoneOffset.UTC), request.to())), CombinationView.class);
    }
}
