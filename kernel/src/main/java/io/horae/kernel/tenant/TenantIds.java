package io.horae.kernel.tenant;

import java.util.regex.Pattern;

/** What a tenant id looks like everywhere: lower-case letters, digits and dashes, at most 63 characters. */
public final class TenantIds {
    /** The claim of the gateway's internal token that names the tenant a request acts for. */
    public static final String CLAIM = "tenant";

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private TenantIds() {
    }

    public static boolean isValid(String tenantId) {
        return tenantId != null && VALID.matcher(tenantId).matches();
    }
}
