package io.horae.availability.resource;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/** The tags a merchant gives resources (Reservanto Tag/GetListForResource): every tag a resource carries is one. */
@ApplicationScoped
public class ResourceTags extends NameCatalogue {
    ResourceTags() {
        super("resource_tag", "resource tag", Usage.array("resource", "tags"));
    }
}
