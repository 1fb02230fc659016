package io.horae.kernel.tenant;

import io.horae.kernel.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Establishes the tenant of every {@code /api/} request from the gateway's internal token, verified by smallrye-jwt
 * (signature, issuer, expiry) before this filter runs. A request without a valid token is refused: only the gateway
 * can mint one, so a request that did not come through it never reaches a resource.
 */
public class TenantFilter {
    @Inject
    TenantContext tenant;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response establishTenant(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)
                || !TenantIds.isValid(token.getClaim(TenantIds.CLAIM))) {
            Problem problem = new Problem("about:blank", "Unauthorized", 401,
                    "the request carries no valid internal token; call the gateway", request.getUriInfo().getPath(),
                    List.of());
            return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        tenant.set(token.getClaim(TenantIds.CLAIM), token.getRawToken());
        return null;
    }
}
