package io.horae.customer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A customer's credit movements in {@code [from, to)}, with the turnover of the period. */
@RegisterForReflection
public record CreditStatement(OffsetDateTime from, OffsetDateTime to, BigDecimal openingBalance, BigDecimal credited,
                              BigDecimal debited, BigDecimal closingBalance, List<CreditEntryView> entries) {
}
