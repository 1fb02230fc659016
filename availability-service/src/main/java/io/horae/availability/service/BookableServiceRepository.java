package io.horae.availability.service;

import io.horae.kernel.tenant.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class BookableServiceRepository implements TenantScopedRepository<BookableService, UUID> {
}
