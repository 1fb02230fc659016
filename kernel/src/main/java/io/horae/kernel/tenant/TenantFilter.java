package io.horae.kernel.tenant;

import io.horae.kernel.problem.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/** Establishes the tenant of every {@code /api/} request; a request without a valid one is refused. */
public class TenantFilter {
    @Inject
    TenantContext tenant;

    @ServerRequestFilter
    public Response establishTenant(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String tenantId = request.getHeaderString(TenantIds.HEADER);
        if (!TenantIds.isValid(tenantId)) {
            Problem problem = new Problem("about:blank", "Unauthorized", 401,
                    "the request carries no valid tenant", request.getUriInfo().getPath(), List.of());
            return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        tenant.set(tenantId);
        return null;
    }
}
