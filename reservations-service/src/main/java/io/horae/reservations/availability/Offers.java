package io.horae.reservations.availability;

import io.horae.catalogue.api.FreeStart;
import io.horae.claims.ClaimLine;
import io.horae.claims.LineOffer;
import io.horae.kernel.concurrent.SingleFlight;
import io.horae.kernel.problem.ProblemException;
import io.horae.kernel.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * What availability offers for the lines of a claim, asked once per claim with the current request's internal token
 * (so it answers for the same tenant); product lines are this service's own and only need to lie ahead. A crowd
 * asking the same question at once shares one answer. Availability unreachable or silent is a 503: nothing is claimed
 * on a guess.
 */
@ApplicationScoped
public class Offers {
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
    private final AvailabilityClient availability;
    private final TenantContext tenant;
    private final SingleFlight<String, List<LineOffer>> questions = new SingleFlight<>();
    private final SingleFlight<String, List<FreeStart>> nextStarts = new SingleFlight<>();
    private final Clock clock = Clock.systemUTC();

    public Offers(@RestClient AvailabilityClient availability, TenantContext tenant) {
        this.availability = availability;
        this.tenant = tenant;
    }

    /** One offer per line, in order; a product line's is offered when it starts ahead, invalid otherwise. */
    public Uni<List<LineOffer>> of(List<ClaimLine> lines) {
        List<ClaimLine> asked = lines.stream().filter(l -> !(l instanceof ClaimLine.ProductPieces)).toList();
        Uni<List<LineOffer>> answers = asked.isEmpty() ? Uni.createFrom().item(List.of()) : ask(asked);
        return answers.map(offers -> {
            List<LineOffer> all = new ArrayList<>(lines.size());
            int next = 0;
            for (ClaimLine line : lines) {
                all.add(line instanceof ClaimLine.ProductPieces p ? product(p) : offers.get(next++));
            }
            return all;
        });
    }

    /**
     * Within 2 s, tried again twice (after 100 and 200 ms) when the connection broke, the answer was late or
     * availability failed on its side: the question only reads.
     */
    private Uni<List<LineOffer>> ask(List<ClaimLine> lines) {
        String authorization = tenant.authorization();
        return questions.join(tenant.id() + lines, () -> availability.bookable(authorization,
                                new LineOffer.Question(lines))
                        .ifNoItem().after(ANSWER_WITHIN).failWith(TimeoutException::new)
                        .onFailure(Offers::passing).retry()
                        .withBackOff(Duration.ofMillis(100)).atMost(2))
                .onFailure().transform(Offers::unavailable);
    }

    private LineOffer product(ClaimLine.ProductPieces line) {
        return line.start().isAfter(OffsetDateTime.now(clock))
                ? LineOffer.offered(line.start(), line.start(), null, null, line.amount(), null, null)
                : LineOffer.invalid("start", "must be in the future");
    }

    /**
     * Up to three next offered starts within a week after {@code after}, for a 409; empty when availability cannot
     * say. The losers of one race share one question.
     */
    public Uni<List<FreeStart>> nextStarts(ClaimLine.ServiceStart line) {
        OffsetDateTime from = line.start().withOffsetSameInstant(ZoneOffset.UTC);
        String authorization = tenant.authorization();
        return nextStarts.join(String.join("|", tenant.id(), line.serviceId().toString(),
                                line.resourceId().toString(), from.toString()),
                        () -> availability.starts(authorization, line.serviceId(), line.resourceId(), from.toString(),
                                from.plusDays(7).toString()))
                .ifNoItem().after(Duration.ofSeconds(2)).fail()
                .map(starts -> starts.stream().filter(s -> s.start().isAfter(line.start().toInstant())).limit(3).toList())
                .onFailure().recoverWithItem(List.of());
    }

    /** A failure that asking again may not meet: no connection, no answer in time, or availability's own 5xx. */
    private static boolean passing(Throwable failure) {
        return failure instanceof ProcessingException || failure instanceof TimeoutException
                || failure instanceof WebApplicationException web && web.getResponse().getStatus() >= 500;
    }

    private static Throwable unavailable(Throwable failure) {
        if (failure instanceof ProcessingException || failure instanceof TimeoutException
                || failure instanceof WebApplicationException) {
            return new ProblemException(503, "Service Unavailable",
                    "availability cannot be checked right now; nothing was reserved", List.of());
        }
        return failure;
    }
}
