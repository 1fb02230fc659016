package io.horae.reservations.hold;

import io.horae.kernel.concurrent.SingleFlight;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Asks availability-service whether a start is offered, within 2 s, retrying twice on a broken connection, and
 * failing fast while it is known to be down: an unreachable availability is a 503, never a guess. It asks with the
 * current request's internal token, so availability answers for the same tenant.
 */
@ApplicationScoped
public class AvailabilityCheck {
    private final AvailabilityClient availability;
    private final TenantContext tenant;
    private final SingleFlight<String, AvailabilityClient.Offer> checks = new SingleFlight<>();
    private final SingleFlight<String, List<AvailabilityClient.Start>> nextStarts = new SingleFlight<>();

    public AvailabilityCheck(@RestClient AvailabilityClient availability, TenantContext tenant) {
        this.availability = availability;
        this.tenant = tenant;
    }

    /** The offer for a line; a refusal by availability names the line, unreachability is a 503. */
    public Uni<AvailabilityClient.Offer> check(String line, UUID serviceId, UUID resourceId,
                                               OffsetDateTime start) {
        String authorization = tenant.authorization();
        return checks.join(String.join("|", tenant.id(), serviceId.toString(), resourceId.toString(),
                        start.toInstant().toString()),
                        () -> availability.check(authorization, serviceId, resourceId, start.toString()))
                .onFailure().transform(e -> translate(line, e));
    }

    /**
     * A seat in a class occurrence, as an offer: the class's time, capacity and whether the seats are left.
     * An unknown class names the line.
     */
    public Uni<AvailabilityClient.Offer> classSeat(String line, UUID classId, int seats) {
        return availability.occurrence(tenant.authorization(), classId)
                .map(c -> new AvailabilityClient.Offer(c.seatsLeft() >= seats, c.start(), c.end(), c.start(), c.end(),
                        c.capacity(), c.resourceId(), c.serviceId()))
                .onFailure().transform(e -> translate(line + ".classId", e));
    }

    /** A rental of the resource for [start, end): offered when one free interval covers all of it. */
    public Uni<AvailabilityClient.Offer> rental(String line, UUID resourceId, OffsetDateTime start, OffsetDateTime end) {
        return availability.freeTime(tenant.authorization(), resourceId, start.toString(), end.toString())
                .map(free -> new AvailabilityClient.Offer(free.stream().anyMatch(i -> !i.start().isAfter(start)
                        && !i.end().isBefore(end)), start, end, start, end, 1, resourceId, null))
                .onFailure().transform(e -> translate(line, e));
    }

    /**
     * Up to three next offered starts within a week after {@code after}, for a 409; empty when availability cannot
     * say. The losers of one race share one question.
     */
    public Uni<List<AvailabilityClient.Start>> nextStarts(UUID serviceId, UUID resourceId,
                                                          OffsetDateTime after) {
        OffsetDateTime from = after.withOffsetSameInstant(ZoneOffset.UTC);
        String authorization = tenant.authorization();
        return nextStarts.join(String.join("|", tenant.id(), serviceId.toString(), resourceId.toString(),
                                from.toString()),
                        () -> availability.starts(authorization, serviceId, resourceId, from.toString(),
                                from.plusDays(7).toString()))
                .ifNoItem().after(java.time.Duration.ofSeconds(2)).fail()
                .map(starts -> starts.stream().filter(s -> s.start().isAfter(after)).limit(3).toList())
                .onFailure().recoverWithItem(List.of());
    }

    private static Throwable translate(String line, Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            String detail = web.getResponse().hasEntity() ? web.getResponse().readEntity(String.class) : "";
            String reason = detail.replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1");
            return ProblemException.badField(line, reason.isBlank() || reason.equals(detail) ? "is not bookable" : reason);
        }
        if (failure instanceof ProcessingException || failure instanceof TimeoutException
                || failure instanceof CircuitBreakerOpenException || failure instanceof WebApplicationException) {
            return new ProblemException(503, "Service Unavailable",
                    "availability cannot be checked right now; nothing was reserved", List.of());
        }
        return failure;
    }
}
