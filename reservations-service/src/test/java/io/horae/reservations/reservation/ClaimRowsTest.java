package io.horae.reservations.reservation;

import io.horae.claims.ClaimLine;
import io.horae.claims.LineOffer;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimRowsTest {
    private static final OffsetDateTime TEN = OffsetDateTime.parse("2027-03-28T10:00:00+02:00");
    private static final UUID RESOURCE = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();

    @Test
    void anExclusiveStartBlocksItsFootprintAndCountsUnderNoKey() {
        ClaimRows.Row row = ClaimRows.of(List.of(new ClaimLine.ServiceStart(RESOURCE, SERVICE, TEN, 1)),
                List.of(offer(1))).get(0);
        assertThat(row.capacityKey()).isNull();
        assertThat(row.line().footprintStart()).isEqualTo(TEN.minusMinutes(10));
        assertThat(row.line().footprintEnd()).isEqualTo(TEN.plusMinutes(70));
        assertThat(row.line().resourceId()).isEqualTo(RESOURCE);
    }

    @Test
    void seatsOfASharedStartCountUnderOneKeyWhateverTheOffsetTheStartWasWrittenIn() {
        ClaimRows.Row local = ClaimRows.of(List.of(new ClaimLine.ServiceStart(RESOURCE, SERVICE, TEN, 2)),
                List.of(offer(5))).get(0);
        ClaimRows.Row utc = ClaimRows.of(List.of(new ClaimLine.ServiceStart(RESOURCE, SERVICE,
                TEN.withOffsetSameInstant(java.time.ZoneOffset.UTC), 1)), List.of(offer(5))).get(0);
        assertThat(local.capacityKey()).isEqualTo(utc.capacityKey()).endsWith("2027-03-28T08:00Z");
        assertThat(local.capacity()).isEqualTo(5);
        assertThat(local.line().seats()).isEqualTo(2);
    }

    @Test
    void classSeatsCountPerClassAndProductsBlockNoResource() {
        UUID yoga = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        List<ClaimRows.Row> rows = ClaimRows.of(List.of(new ClaimLine.ClassSeats(yoga, 3),
                new ClaimLine.ProductPieces(product, null, TEN, 4)), Arrays.asList(offer(12), null));
        assertThat(rows.get(0).capacityKey()).isEqualTo("class/" + yoga);
        assertThat(rows.get(0).line().classId()).isEqualTo(yoga);
        assertThat(rows.get(1).line().resourceId()).isNull();
        assertThat(rows.get(1).line().seats()).isEqualTo(4);
    }

    @Test
    void rowsAreWrittenByResourceThenTimeSoClaimsMeetInOneOrder() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        List<ClaimRows.Row> rows = ClaimRows.of(List.of(new ClaimLine.Rental(b, TEN, TEN.plusHours(1)),
                        new ClaimLine.Rental(a, TEN.plusHours(2), TEN.plusHours(3)),
                        new ClaimLine.Rental(a, TEN, TEN.plusHours(1))),
                Arrays.asList(null, null, null));
        assertThat(ClaimRows.inWritingOrder(rows)).extracting(r -> r.line().resourceId() + "@" + r.line().start())
                .containsExactly(a + "@" + TEN, a + "@" + TEN.plusHours(2), b + "@" + TEN);
    }

    private static LineOffer offer(int capacity) {
        return LineOffer.offered(TEN, TEN.plusHours(1), TEN.minusMinutes(10), TEN.plusMinutes(70), capacity, RESOURCE,
                SERVICE);
    }
}
