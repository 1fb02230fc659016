package io.horae.kernel;

import io.horae.kernel.tenant.VerifiedTokens;
import io.horae.testing.HoraeInfrastructure;
import io.horae.testing.InternalTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(HoraeInfrastructure.class)
class VerifiedTokensTest {
    @Inject
    JWTParser parser;

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgainAndAnyOtherStillIs() throws Exception {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        String token = InternalTokens.of("acme");
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThat(parser.parse(token).<String>getClaim("tenant")).isEqualTo("acme");

        assertThatThrownBy(() -> parser.parse(InternalTokens.forged("acme"))).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(InternalTokens.expired("acme"))).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(token.substring(0, token.length() - 4) + "AAAA"))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenForAnotherServiceOrSignedBeyondItsSignersLimitIsRefused() throws Exception {
        assertThat(parser.parse(InternalTokens.signedBy("gateway", "acme", "k", "admin", List.of("kernel-test")))
                .<String>getClaim("tenant")).isEqualTo("acme");
        assertThatThrownBy(() -> parser.parse(
                InternalTokens.signedBy("gateway", "acme", "k", "admin", List.of("customer-service"))))
                .isInstanceOf(ParseException.class);
        // booking's key signs for booking's calls only: never to this service, whatever the token says
        assertThatThrownBy(() -> parser.parse(InternalTokens.signedBy("booking", "acme", "service:booking",
                "reservations:write", List.of("kernel-test")))).isInstanceOf(ParseException.class);
    }
}
