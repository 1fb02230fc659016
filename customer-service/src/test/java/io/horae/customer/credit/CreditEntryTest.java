package io.horae.customer.credit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditEntryTest {
    private static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void eachEntryCarriesTheBalanceAfterItAndTheNextSequence() {
        CreditEntry first = post(null, "100");
        CreditEntry second = post(first, "-40.50");
        assertThat(first.seq).isEqualTo(1);
        assertThat(second.seq).isEqualTo(2);
        assertThat(second.balanceAfter).isEqualByComparingTo("59.50");
        assertThat(second.balanceAfter.scale()).isEqualTo(2);
    }

    @Test
    void aDebitBeyondTheBalanceIsRefusedNamingBoth() {
        CreditEntry first = post(null, "10");
        assertThat(post(first, "-10").balanceAfter).isEqualByComparingTo("0");
        assertThatThrownBy(() -> post(first, "-10.01"))
                .hasMessage("insufficient credit: balance 10.00, requested 10.01");
        assertThatThrownBy(() -> post(null, "-1")).hasMessageContaining("balance 0.00");
    }

    private static CreditEntry post(CreditEntry last, String amount) {
        return CreditEntry.after(last, "t", CUSTOMER, new BigDecimal(amount), null, null, OffsetDateTime.now());
    }
}
