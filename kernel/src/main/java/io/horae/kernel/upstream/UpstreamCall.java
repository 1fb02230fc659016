package io.horae.kernel.upstream;

import io.horae.kernel.problem.Problem;
import io.horae.kernel.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * A call a service makes to another, within {@code timeout}, its failures turned into this service's answers: the
 * other service's refusals (4xx) are passed on as they were, a 404 names the request field that pointed at nothing,
 * and anything else (down, silent, 5xx) is a 503 saying nothing was done.
 */
public record UpstreamCall(String service, String missing, String unavailable, Duration timeout) {
    private static final Logger LOG = Logger.getLogger(UpstreamCall.class);

    public <T> Uni<T> run(Uni<T> call, String field) {
        return call.ifNoItem().after(timeout).fail().onFailure().transform(e -> translate(e, field));
    }

    /** Whether a failure of {@link #run} is the other service's refusal, so it certainly did nothing. */
    public static boolean refused(Throwable failure) {
        return failure instanceof ProblemException problem && problem.status() < 500;
    }

    private Throwable translate(Throwable failure, String field) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response response = web.getResponse();
            int status = response.getStatus();
            if (status == 404) {
                return ProblemException.badField(field, missing);
            }
            Problem problem = response.hasEntity() ? read(response) : null;
            return problem != null && problem.status() == status ? ProblemException.relayed(problem)
                    : new ProblemException(status, "Conflict", service + " refused the request", List.of());
        }
        LOG.warnf("%s failed: %s", service, failure.toString());
        return new ProblemException(503, "Service Unavailable", unavailable, List.of());
    }

    private static Problem read(Response response) {
        try {
            return response.readEntity(Problem.class);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
