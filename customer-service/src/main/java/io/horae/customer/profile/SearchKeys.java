package io.horae.customer.profile;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds text for case- and accent-insensitive search: "Šťastný" and "stastny" fold alike, as do "Müller" and
 * "muller", "Hélène" and "helene", "Straße" and "strasse". Written with every customer, used for every query.
 */
public final class SearchKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("đ", "d").replace("ł", "l").replace("ı", "i");
        return SPACES.matcher(folded).replaceAll(" ");
    }

    /** Everything a customer can be found by, folded and space-separated. */
    public static String of(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(SearchKeys::fold).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The query's words, folded; a customer matches when every word occurs in its key. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Escapes LIKE wildcards so that a query's "%" or "_" match themselves. */
    public static String likeLiteral(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
