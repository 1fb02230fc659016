package io.horae.availability.service;

import io.horae.kernel.externalid.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;

/** The merchant's own identifiers of its services (Reservanto ExternalIdentifier). */
@ApplicationScoped
public class ServiceExternalIds extends ExternalIds {
    ServiceExternalIds() {
        super("services", "service");
    }
}
