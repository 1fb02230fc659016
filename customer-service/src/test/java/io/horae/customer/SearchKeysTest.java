package io.horae.customer;

import io.horae.customer.profile.SearchKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeysTest {

    @ParameterizedTest
    @CsvSource({
            "Šťastný, stastny",
            "ŽLUŤOUČKÝ KŮŇ, zlutoucky kun",
            "Müller, muller",
            "Größmann, grossmann",
            "Hélène Lefèvre, helene lefevre",
            "François Æbischer, francois aebischer",
            "Søren Łukasz, soren lukasz",
            "'  Jan   Novák ', jan novak",
            "ﬁne, fine"})
    void foldsCaseAndDiacritics(String text, String folded) {
        assertThat(SearchKeys.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"100%, 100\\%", "a_b, a\\_b", "back\\slash, back\\\\slash"})
    void escapesLikeWildcards(String word, String literal) {
        assertThat(SearchKeys.likeLiteral(word)).isEqualTo(literal);
    }
}
