package io.horae.availability.service;

import io.horae.kernel.catalogue.NameCatalogue;
import jakarta.enterprise.context.ApplicationScoped;

/** The segments (Reservanto's "zaměření") a merchant sorts services into: every segment a service names is one. */
@ApplicationScoped
public class Segments extends NameCatalogue {
    Segments() {
        super("segment", "segment", Usage.column("service", "segment"));
    }
}
