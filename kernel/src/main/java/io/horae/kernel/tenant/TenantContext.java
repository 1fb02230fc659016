package io.horae.kernel.tenant;

import io.horae.kernel.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;

/** The tenant a request acts for, established once by {@link TenantFilter} from the gateway's internal token. */
@RequestScoped
public class TenantContext {
    private String tenantId;
    private String token;

    /** The current tenant; every query a request runs filters by it. */
    public String id() {
        if (tenantId == null) {
            throw new ProblemException(401, "Unauthorized", "the request carries no tenant", List.of());
        }
        return tenantId;
    }

    /** The {@code Authorization} value to pass on when this request calls another service on the tenant's behalf. */
    public String authorization() {
        id();
        return "Bearer " + token;
    }

    void set(String tenantId, String token) {
        this.tenantId = tenantId;
        this.token = token;
    }
}
