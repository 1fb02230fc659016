package io.horae.telemetry;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What of a URL a span may keep. A query's values are dropped and its names kept: values carry what a person typed
 * (a search for a name, an e-mail) or a secret (a link's signature). A path keeps its ids but not a voucher's code,
 * which pays like cash.
 */
public final class Redaction {
    static final String HIDDEN = "*";

    private Redaction() {
    }

    /** {@code q=Jana&from=2026-01-01} becomes {@code q=*&from=*}. */
    public static String query(String query) {
        if (query.isEmpty()) {
            return query;
        }
        return Arrays.stream(query.split("&", -1))
                .map(pair -> pair.contains("=") ? pair.substring(0, pair.indexOf('=')) + "=" + HIDDEN : pair)
                .collect(Collectors.joining("&"));
    }

    /** {@code /api/v1/vouchers/GIFT-123/redemption} becomes {@code /api/v1/vouchers/* /redemption}. */
    public static String path(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i - 1].equals("vouchers") && !segments[i].isEmpty()) {
                segments[i] = HIDDEN;
            }
        }
        return String.join("/", segments);
    }

    /** A whole URL: its path as {@link #path}, its query as {@link #query}. */
    public static String url(String url) {
        int question = url.indexOf('?');
        String beforeQuery = question < 0 ? url : url.substring(0, question);
        int pathStart = beforeQuery.indexOf('/', beforeQuery.indexOf("://") + 3);
        String redacted = pathStart < 0 ? beforeQuery
                : beforeQuery.substring(0, pathStart) + path(beforeQuery.substring(pathStart));
        return question < 0 ? redacted : redacted + "?" + query(url.substring(question + 1));
    }
}
