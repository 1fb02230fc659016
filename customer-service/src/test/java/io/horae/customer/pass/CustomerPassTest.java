package io.horae.customer.pass;

import io.horae.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerPassTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void validityCountsTheStartDay() {
        assertThat(pass(2, 30).validUntil).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void entriesAreTakenOnlyWithinValidityAndWhileLeft() {
        CustomerPass pass = pass(1, 10);
        assertThatThrownBy(() -> pass.use(START.minusDays(1), List.of())).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> pass.use(START.plusDays(10), List.of())).isInstanceOf(ProblemException.class);
        pass.use(START.plusDays(9), List.of());
        assertThat(pass.entriesLeft).isZero();
        assertThatThrownBy(() -> pass.use(START, List.of())).hasMessageContaining("no entries left");
        pass.returnUse();
        assertThat(pass.entriesLeft).isEqualTo(1);
        assertThatThrownBy(pass::returnUse).hasMessageContaining("has all its entries");
    }

    @Test
    void aPauseExtendsValidityByItsDaysAndBlocksUseOnThem() {
        CustomerPass pass = pass(5, 10);
        PassIntermission pause = pass.pause(START.plusDays(2), START.plusDays(4), List.of());
        assertThat(pass.validUntil).isEqualTo(START.plusDays(12));
        assertThatThrownBy(() -> pass.use(START.plusDays(3), List.of(pause))).hasMessageContaining("paused");
        pass.use(START.plusDays(5), List.of(pause));
        assertThatThrownBy(() -> pass.pause(START.plusDays(4), START.plusDays(6), List.of(pause)))
                .hasMessageContaining("already paused");
        assertThatThrownBy(() -> pass.pause(START.plusDays(7), START.plusDays(6), List.of(pause)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> pass.pause(START.plusDays(40), START.plusDays(41), List.of(pause)))
                .hasMessageContaining("within the validity");
    }

    private static CustomerPass pass(int entries, int days) {
        PassDefinition definition = new PassDefinition();
        definition.id = UUID.randomUUID();
        definition.tenantId = "t";
        definition.entries = entries;
        definition.validityDays = days;
        return CustomerPass.issue(definition, UUID.randomUUID(), START, OffsetDateTime.now());
    }
}
