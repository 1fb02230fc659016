package io.horae.kernel.tenant;

import io.horae.access.Headers;
import io.horae.access.Routes;
import io.horae.access.Scopes;
import io.horae.kernel.problem.Problem;
import io.horae.telemetry.SpanNames;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * Establishes the tenant of every {@code /api/} and {@code /internal/} request from its internal token, verified by
 * smallrye-jwt (signature, issuer, expiry) before this filter runs. A request without a valid token is refused: only
 * the gateway and the services can mint one, so a request that did not come through them never reaches a resource.
 * {@code /internal/} paths (one service asking another, never a client) also need a token a service minted for itself
 * (subject {@code service:…}), which the gateway never issues for a client. The token's scopes must allow the request
 * as the gateway's table says ({@link Routes}: the path's area, read or write); a path the table does not know is
 * refused, so a token that reaches a service directly can do no more than through the gateway.
 */
public class TenantFilter {
    /** The subject prefix of the tokens services mint for their own calls. */
    public static final String SERVICE_SUBJECT = "service:";

    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response establishTenant(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean internal = path.startsWith("/internal/");
        if (!internal && !path.startsWith("/api/")) {
            return null;
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)
                || !TenantIds.isValid(token.getClaim(TenantIds.CLAIM))) {
            return refuse(401, "Unauthorized", "the request carries no valid internal token; call the gateway", path);
        }
        if (internal && (token.getSubject() == null || !token.getSubject().startsWith(SERVICE_SUBJECT))) {
            return refuse(403, "Forbidden", "only the platform's services may call this", path);
        }
        Optional<Routes.Route> route = Routes.guarding(path);
        if (route.isEmpty()) {
            return refuse(403, "Forbidden", "no scope guards this path", path);
        }
        String required = route.get().requiredScope(request.getMethod());
        if (!Scopes.permits(VerifiedTokens.scopes(token), required)) {
            return refuse(403, "Forbidden", "the token lacks the scope " + required, path);
        }
        tenant.set(token.getClaim(TenantIds.CLAIM), token.getRawToken());
        SpanNames.describeCurrent(tenant.id(), request.getHeaderString(Headers.REQUEST_ID));
        return null;
    }

    private static Response refuse(int status, String title, String detail, String path) {
        Problem problem = new Problem("about:blank", title, status, detail, path, List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
