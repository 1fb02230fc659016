package io.horae.kernel.tenant;

import io.horae.kernel.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;

/** The tenant a request acts for, established once by {@link TenantFilter} from what the gateway forwarded. */
@RequestScoped
public class TenantContext {
    private String tenantId;

    /** The current tenant; every query a request runs filters by it. */
    public String id() {
        if (tenantId == null) {
            throw new ProblemException(401, "Unauthorized", "the request carries no tenant", List.of());
        }
        return tenantId;
    }

    void set(String tenantId) {
        this.tenantId = tenantId;
    }
}
