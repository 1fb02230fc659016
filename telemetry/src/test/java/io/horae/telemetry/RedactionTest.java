package io.horae.telemetry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @Test
    void aQueryKeepsItsNamesAndLosesItsValues() {
        assertThat(Redaction.query("q=Jana%20Nov%C3%A1&email=jana@example.com&flag"))
                .isEqualTo("q=*&email=*&flag");
        assertThat(Redaction.query("")).isEmpty();
    }

    @Test
    void aPathKeepsItsIdsButNotAVouchersCode() {
        assertThat(Redaction.path("/api/v1/vouchers/GIFT-2026/redemption")).isEqualTo("/api/v1/vouchers/*/redemption");
        assertThat(Redaction.path("/api/v1/vouchers")).isEqualTo("/api/v1/vouchers");
        assertThat(Redaction.path("/api/v1/bookings/5d1c2f0e-0c71-4b7e-9f0a-4b8c7f1d2e3a/cancellation"))
                .isEqualTo("/api/v1/bookings/5d1c2f0e-0c71-4b7e-9f0a-4b8c7f1d2e3a/cancellation");
    }

    @Test
    void aWholeUrlHasBoth() {
        assertThat(Redaction.url("http://localhost:8081/internal/v1/vouchers/CODE/redemption?token=s3cr3t&expires=9"))
                .isEqualTo("http://localhost:8081/internal/v1/vouchers/*/redemption?token=*&expires=*");
        assertThat(Redaction.url("http://localhost:8081")).isEqualTo("http://localhost:8081");
        assertThat(Redaction.url("/links/bookings/1/cancel?signature=abc")).isEqualTo("/links/bookings/1/cancel?signature=*");
    }
}
