package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import io.flick.support.Accounts;
import io.flick.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens signed with the server's own key (as a leaked key, a bug in issuing, or a token
 * minted by a tool would be) are still refused unless their claims are what the server issues: an
 * expiry, an issue time that is not in the future, and a session that belongs to the subject.
 */
class SignedTokenClaimsTests extends IntegrationTest {

    @Autowired
    JwtEncoder serverKey;

    @Test
    void theServersOwnClaimsAreAccepted() {
        var user = accounts.signUp();

        String token = sign(user, claims -> { });

        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void aSignedTokenWithoutExpiryIsRefused() {
        var user = accounts.signUp();

        String token = sign(user, claims -> claims.claims(all -> all.remove("exp")));

        assertRefused(token);
    }

    @Test
    void aSignedTokenIssuedInTheFutureIsRefused() {
        var user = accounts.signUp();
        Instant later = clock.instant().plus(Duration.ofHours(1));

        String token = sign(user, claims -> claims.issuedAt(later).expiresAt(later.plus(Duration.ofMinutes(15))));

        assertRefused(token);
    }

    @Test
    void aSignedTokenWithoutIssueTimeIsRefused() {
        var user = accounts.signUp();

        String token = sign(user, claims -> claims.claims(all -> all.remove("iat")));

        assertRefused(token);
    }

    @Test
    void aSignedTokenLivingLongerThanAnAccessTokenMayIsRefused() {
        var user = accounts.signUp();

        String token = sign(user, claims -> claims.expiresAt(clock.instant().plus(Duration.ofDays(365))));

        assertRefused(token);
    }

    @Test
    void aSessionOfAnotherUserDoesNotAuthenticateTheSubject() {
        var victim = accounts.signUp();
        var attacker = accounts.signUp();

        // The attacker's own live session, with the victim as subject.
        String token = sign(attacker, claims -> claims.subject(victim.userId()));

        assertRefused(token);
    }

    private void assertRefused(String token) {
        var response = api.get("/api/v1/users/me", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("invalid_token");
    }

    /** Claims as the server issues them for {@code user}'s live session, changed by {@code change}, signed. */
    private String sign(Accounts.Login user, Consumer<JwtClaimsSet.Builder> change) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer("flick")
                .subject(user.userId())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(15)))
                .claim("sid", sessionOf(user));
        change.accept(claims);
        return serverKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    private static long sessionOf(Accounts.Login user) {
        String payload = new String(Base64.getUrlDecoder().decode(user.accessToken().split("\\.")[1]));
        return JsonMapper.builder().build().readTree(payload).path("sid").asLong();
    }
}
