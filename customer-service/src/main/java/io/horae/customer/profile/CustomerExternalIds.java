package io.horae.customer.profile;

import io.horae.kernel.externalid.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;

/** The merchant's own identifiers of its customers (Reservanto ExternalIdentifier). */
@ApplicationScoped
public class CustomerExternalIds extends ExternalIds {
    CustomerExternalIds() {
        super("customers", "customer");
    }
}
