package io.horae.customer.pass;

import io.horae.kernel.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A pass a customer holds: entries left and the days it may be used on. */
@Entity
@Table(name = "customer_pass")
public class CustomerPass {
    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Column(name = "pass_definition_id", nullable = false, updatable = false)
    public UUID passDefinitionId;
    @Column(name = "entries_total")
    public int entriesTotal;
    @Column(name = "entries_left")
    public int entriesLeft;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    static CustomerPass issue(PassDefinition definition, UUID customerId, LocalDate validFrom, OffsetDateTime now) {
        CustomerPass pass = new CustomerPass();
        pass.id = UUID.randomUUID();
        pass.tenantId = definition.tenantId;
        pass.customerId = customerId;
        pass.passDefinitionId = definition.id;
        pass.entriesTotal = definition.entries;
        pass.entriesLeft = definition.entries;
        pass.validFrom = validFrom;
        pass.validUntil = validFrom.plusDays(definition.validityDays - 1L);
        pass.createdAt = now;
        return pass;
    }

    /** Takes one entry on {@code day}: the pass must be valid that day, not paused, and have an entry left. */
    void use(LocalDate day, List<PassIntermission> pauses) {
        if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
            throw ProblemException.conflict("pass " + id + " is valid from " + validFrom + " to " + validUntil);
        }
        if (pauses.stream().anyMatch(p -> p.covers(day))) {
            throw ProblemException.conflict("pass " + id + " is paused on " + day);
        }
        if (entriesLeft == 0) {
            throw ProblemException.conflict("pass " + id + " has no entries left");
        }
        entriesLeft--;
    }

    void returnUse() {
        if (entriesLeft >= entriesTotal) {
            throw ProblemException.conflict("pass " + id + " has all its entries");
        }
        entriesLeft++;
    }

    /** Pauses the pass for {@code [from, to]}; its validity grows by as many days. */
    PassIntermission pause(LocalDate from, LocalDate to, List<PassIntermission> pauses) {
        if (to.isBefore(from)) {
            throw ProblemException.badField("to", "must not be before from");
        }
        if (from.isBefore(validFrom) || from.isAfter(validUntil)) {
            throw ProblemException.badField("from", "must be within the validity " + validFrom + " to " + validUntil);
        }
        if (pauses.stream().anyMatch(p -> !p.toDate.isBefore(from) && !p.fromDate.isAfter(to))) {
            throw ProblemException.conflict("pass " + id + " is already paused within " + from + " to " + to);
        }
        validUntil = validUntil.plusDays(ChronoUnit.DAYS.between(from, to) + 1);
        PassIntermission pause = new PassIntermission();
        pause.id = UUID.randomUUID();
        pause.customerPassId = id;
        pause.fromDate = from;
        pause.toDate = to;
        return pause;
    }
}
