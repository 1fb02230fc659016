package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** One page of a list of customers, and how many there are in all. */
@RegisterForReflection
public record CustomerPage(List<CustomerView> items, long total, int offset, int limit) {
}
