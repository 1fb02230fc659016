package io.horae.gateway.page;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Times as the page's scripts read them: ISO 8601 with seconds and offset, as the native API writes them. */
final class PageTimes {
    private PageTimes() {
    }

    static String of(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
