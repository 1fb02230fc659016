package io.horae.reservations.reservation;

import io.horae.claims.ClaimLine;
import io.horae.claims.LineOffer;
import io.horae.events.reservation.ClaimedLine;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The rows a reservation's lines become, from the lines and availability's offers for them; rules only, no I/O.
 * A line on a resource blocks its footprint there; one of several seats at a shared start counts against that
 * start's capacity ({@code capacityKey}), as a class seat counts against its class; a product line blocks nothing
 * and takes pieces of a store's stock when it names one.
 */
final class ClaimRows {
    private ClaimRows() {
    }

    /** One claimed line with what the claim's constraints count it under; {@code capacity} of its shared start. */
    record Row(ClaimedLine line, String capacityKey, int capacity) {
    }

    /** The rows of {@code lines}, in their order; {@code offers} are availability's, one per line (products: null). */
    static List<Row> of(List<ClaimLine> lines, List<LineOffer> offers) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(lines.get(i), offers.get(i)));
        }
        return rows;
    }

    private static Row row(ClaimLine line, LineOffer offer) {
        UUID id = UUID.randomUUID();
        if (line instanceof ClaimLine.ServiceStart s) {
            String key = offer.capacity() > 1 ? String.join("/", "service", s.resourceId().toString(),
                    s.serviceId().toString(), offer.start().withOffsetSameInstant(ZoneOffset.UTC).toString()) : null;
            return new Row(new ClaimedLine(id, offer.resourceId(), offer.serviceId(), null, offer.start(), offer.end(),
                    offer.footprintStart(), offer.footprintEnd(), s.seats()), key, offer.capacity());
        }
        if (line instanceof ClaimLine.ClassSeats c) {
            return new Row(new ClaimedLine(id, offer.resourceId(), offer.serviceId(), c.classId(), offer.start(),
                    offer.end(), offer.footprintStart(), offer.footprintEnd(), c.seats()), "class/" + c.classId(),
                    offer.capacity());
        }
        if (line instanceof ClaimLine.Rental r) {
            return new Row(new ClaimedLine(id, r.resourceId(), null, null, r.start(), r.end(), r.start(), r.end(), 1),
                    null, 1);
        }
        ClaimLine.ProductPieces p = (ClaimLine.ProductPieces) line;
        return new Row(new ClaimedLine(id, null, null, null, p.start(), p.start(), null, null, p.amount(),
                p.productId(), p.locationId()), null, p.amount());
    }

    /**
     * The order in which rows are written: by resource, then time. Two claims that meet on two resources then wait for
     * each other in the same order, so they never deadlock.
     */
    static List<Row> inWritingOrder(List<Row> rows) {
        return rows.stream().sorted(Comparator
                .comparing((Row r) -> r.line().resourceId() == null ? "" : r.line().resourceId().toString())
                .thenComparing(r -> r.line().footprintStart() == null ? r.line().start() : r.line().footprintStart()))
                .toList();
    }
}
