package io.horae.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimLineTest {
    private static final UUID RESOURCE = UUID.randomUUID();
    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID CLASS = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final OffsetDateTime START = OffsetDateTime.parse("2027-03-28T09:00:00+02:00");

    @Test
    void eachKindOfRequestBecomesItsOwnLine() {
        assertThat(new LineRequest(RESOURCE, SERVICE, START, null, null, null, null, null, null).line())
                .isEqualTo(new ClaimLine.ServiceStart(RESOURCE, SERVICE, START, 1));
        assertThat(new LineRequest(RESOURCE, SERVICE, START, null, 3, null, null, null, null).line())
                .isEqualTo(new ClaimLine.ServiceStart(RESOURCE, SERVICE, START, 3));
        assertThat(new LineRequest(null, null, null, CLASS, 2, null, null, null, null).line())
                .isEqualTo(new ClaimLine.ClassSeats(CLASS, 2));
        assertThat(new LineRequest(RESOURCE, null, START, null, null, START.plusHours(5), null, null, null).line())
                .isEqualTo(new ClaimLine.Rental(RESOURCE, START, START.plusHours(5)));
        assertThat(new LineRequest(null, null, START, null, null, null, PRODUCT, RESOURCE, 4).line())
                .isEqualTo(new ClaimLine.ProductPieces(PRODUCT, RESOURCE, START, 4));
    }

    @Test
    void aRequestThatIsNoKindOfLineNamesItsFault() {
        assertThat(new LineRequest(RESOURCE, null, START, null, null, null, null, null, null).fault().message())
                .startsWith("needs resourceId, serviceId and start");
        assertThat(new LineRequest(RESOURCE, SERVICE, START, null, null, null, null, null, 2).fault())
                .isEqualTo(new LineRequest.Fault("amount", "is for product lines"));
        assertThat(new LineRequest(RESOURCE, null, START, null, null, START.minusHours(1), null, null, null).fault()
                .message()).startsWith("a rental needs");
        assertThat(new LineRequest(RESOURCE, null, START, null, null, START.plusDays(94), null, null, null).fault()
                .message()).contains("at most 93 days");
        assertThat(new LineRequest(RESOURCE, null, START, null, null, null, PRODUCT, null, 1).fault().message())
                .startsWith("a product line has");
        assertThat(new LineRequest(null, null, null, null, null, null, PRODUCT, null, 1).fault())
                .isEqualTo(new LineRequest.Fault("start", "is required"));
        assertThatThrownBy(() -> new LineRequest(null, null, null, null, null, null, null, null, null).line())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesTravelAsJsonWithTheirKind() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        BookingClaim claim = new BookingClaim.NewLines(UUID.randomUUID(), null, List.of(
                new ClaimLine.ServiceStart(RESOURCE, SERVICE, START, 1), new ClaimLine.ClassSeats(CLASS, 2),
                new ClaimLine.Rental(RESOURCE, START, START.plusHours(1)),
                new ClaimLine.ProductPieces(PRODUCT, null, START, 3)), null);

        String text = json.writeValueAsString(claim);
        BookingClaim back = json.readValue(text, BookingClaim.class);

        assertThat(text).contains("\"kind\":\"LINES\"", "\"kind\":\"SERVICE\"", "\"kind\":\"CLASS\"",
                "\"kind\":\"RENTAL\"", "\"kind\":\"PRODUCTS\"");
        assertThat(((BookingClaim.NewLines) back).lines()).hasSize(4)
                .hasExactlyElementsOfTypes(ClaimLine.ServiceStart.class, ClaimLine.ClassSeats.class,
                        ClaimLine.Rental.class, ClaimLine.ProductPieces.class);
        assertThat(json.readValue(json.writeValueAsString(new BookingClaim.TakenHold(UUID.randomUUID(), null)),
                BookingClaim.class)).isInstanceOf(BookingClaim.TakenHold.class);
    }
}
