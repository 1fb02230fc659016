package io.horae.availability.resource;

import io.horae.kernel.externalid.ExternalIds;
import jakarta.enterprise.context.ApplicationScoped;

/** The merchant's own identifiers of its resources (Reservanto ExternalIdentifier). */
@ApplicationScoped
public class ResourceExternalIds extends ExternalIds {
    ResourceExternalIds() {
        super("resources", "resource");
    }
}
