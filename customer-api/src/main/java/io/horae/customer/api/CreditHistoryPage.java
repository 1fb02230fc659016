package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** Up to {@code limit} of the merchant's credit movements in a period from {@code offset}, of {@code total}. */
@RegisterForReflection
public record CreditHistoryPage(List<CreditHistoryEntry> items, long total, int offset, int limit) {
}
