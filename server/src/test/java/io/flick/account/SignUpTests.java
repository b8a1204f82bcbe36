package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flick.support.Accounts;
import io.flick.support.Api;
import io.flick.support.IntegrationTest;

class SignUpTests extends IntegrationTest {

    @Test
    void signingUpByEmailSendsACodeThatCreatesTheAccountAndLogsIn() {
        String username = Accounts.uniqueName("ann");
        String email = username + "@Example.COM";

        var started = api.post("/api/v1/auth/register",
                Map.of("email", email, "password", Accounts.PASSWORD, "username", username, "display_name", "Ann"));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("channel")).isEqualTo("email");
        assertThat(started.text("destination")).endsWith("@example.com").contains("***");

        String code = accounts.awaitCode(email.toLowerCase());
        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", code));

        assertThat(verified.status()).isEqualTo(201);
        assertThat(verified.text("token_type")).isEqualTo("Bearer");
        assertThat(verified.json().path("expires_in").asLong()).isEqualTo(900);
        var user = verified.json().path("user");
        assertThat(user.path("user_id").asString()).startsWith("usr_");
        assertThat(user.path("username").asString()).isEqualTo(username);
        assertThat(user.path("display_name").asString()).isEqualTo("Ann");
        assertThat(user.path("email").asString()).isEqualTo(email.toLowerCase());

        var me = api.get("/api/v1/users/me", verified.text("access_token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("user_id")).isEqualTo(user.path("user_id").asString());
    }

    @Test
    void signingUpByPhoneNormalisesTheNumberToE164() {
        String username = Accounts.uniqueName("phil");
        String local = "(415) 555-" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        String e164 = "+1415555" + local.substring(local.length() - 4);

        var started = api.post("/api/v1/auth/register",
                Map.of("phone", local, "password", Accounts.PASSWORD, "username", username));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.text("channel")).isEqualTo("phone");

        var verified = api.post("/api/v1/auth/verify", Map.of("phone", e164, "code", accounts.awaitCode(e164)));

        assertThat(verified.status()).isEqualTo(201);
        assertThat(verified.json().path("user").path("phone").asString()).isEqualTo(e164);
        var login = api.post("/api/v1/auth/login", Map.of("login", "+1 415 555 " + e164.substring(8), "password", Accounts.PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
    }

    @Test
    void anInvalidPhoneNumberIsRefusedWithTheFieldNamed() {
        var response = api.post("/api/v1/auth/register",
                Map.of("phone", "+1 555 12", "password", Accounts.PASSWORD, "username", Accounts.uniqueName("p")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("validation_failed");
        assertThat(response.fieldErrors()).containsExactly("phone:phone");
    }

    @Test
    void aNulCharacterInAnEmailAddressIsRefusedAsInvalid() {
        String email = Accounts.uniqueName("nul") + "\u0000@example.com";

        var register = api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                "username", Accounts.uniqueName("nul")));
        var resend = api.post("/api/v1/auth/verify/resend", Map.of("email", email));
        var verify = api.post("/api/v1/auth/verify", Map.of("email", email, "code", "123456"));

        for (var response : new Api.Response[] {register, resend, verify}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.fieldErrors()).containsExactly("email:email");
        }
    }

    @Test
    void theDevOutboxShowsOneRecipientsMessagesOnly() {
        accounts.signUp();

        var everyone = api.get("/api/v1/dev/outbox");
        var blank = api.get("/api/v1/dev/outbox?to=%20");

        for (var response : new Api.Response[] {everyone, blank}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.fieldErrors()).containsExactly("to:required");
        }
    }

    @Test
    void weakPasswordsAreRefused() {
        String username = Accounts.uniqueName("weak");
        for (var weak : Map.of("short1!", "too_short", "Password123", "too_common", "aaaaaaaaaaaa", "too_common",
                username + "xyz", "contains_personal_data").entrySet()) {
            var response = api.post("/api/v1/auth/register",
                    Map.of("email", username + "@example.com", "password", weak.getKey(), "username", username));
            assertThat(response.status()).as(weak.getKey()).isEqualTo(400);
            assertThat(response.fieldErrors()).as(weak.getKey()).containsExactly("password:" + weak.getValue());
        }
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        var taken = accounts.signUp();

        var response = api.post("/api/v1/auth/register", Map.of("email", Accounts.uniqueName("x") + "@example.com",
                "password", Accounts.PASSWORD, "username", taken.username().toUpperCase()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("code")).isEqualTo("username_taken");
    }

    @Test
    void signingUpWithARegisteredEmailAnswersAsForANewOneAndTellsTheOwnerInstead() {
        var owner = accounts.signUp();
        String email = owner.username() + "@example.com";
        int before = accounts.messageCount(email);

        var fresh = api.post("/api/v1/auth/register", Map.of("email", "new-" + email, "password", Accounts.PASSWORD,
                "username", Accounts.uniqueName("n")));
        var again = api.post("/api/v1/auth/register", Map.of("email", email.toUpperCase(), "password", Accounts.PASSWORD,
                "username", Accounts.uniqueName("n")));

        assertThat(again.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(again.json().propertyNames()).isEqualTo(fresh.json().propertyNames());
        assertThat(again.text("status")).isEqualTo(fresh.text("status"));
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.messageCount(email) == before + 1);
        assertThat(accounts.latestCode(email)).isNull(); // a notice, not a code
        // No code can create a second account on the address.
        var verify = api.post("/api/v1/auth/verify", Map.of("email", email, "code", "123456"));
        assertThat(verify.status()).isEqualTo(400);
        assertThat(verify.text("code")).isEqualTo("invalid_verification_code");
    }

    @Test
    void aPendingSignUpCannotBeTakenOverByRegisteringItsAddressAgain() {
        String victim = Accounts.uniqueName("victim");
        String email = victim + "@example.com";
        var first = api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", victim));
        String code = accounts.awaitCode(email);

        String attacker = Accounts.uniqueName("taker");
        String attackersPassword = "the taker's own secret";
        var again = new Api(port).post("/api/v1/auth/register", Map.of("email", email.toUpperCase(),
                "password", attackersPassword, "username", attacker));

        // Answered as always; the address is told, and no code for the newcomer's details is sent.
        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.messageCount(email) == 2);
        assertThat(accounts.latestCode(email)).isNull();
        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", code));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(201);
        assertThat(verified.json().path("user").path("username").asString()).isEqualTo(victim);
        assertThat(api.post("/api/v1/auth/login", Map.of("login", email, "password", attackersPassword)).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", Map.of("login", victim, "password", Accounts.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void theCodeMessageNamesTheAccountItCreates() {
        String username = Accounts.uniqueName("named");
        String email = username + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", username));
        accounts.awaitCode(email);

        var message = api.get("/api/v1/dev/outbox?to=" + email).json().path("messages").get(0).path("body").asString();

        assertThat(message).contains("@" + username);
    }

    @Test
    void signingUpAgainWithTheSamePasswordRestartsThePendingSignUp() {
        String email = Accounts.uniqueName("again") + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                "username", Accounts.uniqueName("typo")));
        accounts.awaitCode(email);
        String chosen = Accounts.uniqueName("fixed");

        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", chosen));
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.messageCount(email) == 2);
        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", accounts.latestCode(email)));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(201);
        assertThat(verified.json().path("user").path("username").asString()).isEqualTo(chosen);
    }

    @Test
    void anExpiredPendingSignUpNoLongerHoldsItsAddress() {
        String email = Accounts.uniqueName("lapsed") + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                "username", Accounts.uniqueName("gone")));
        accounts.awaitCode(email);
        clock.advance(Duration.ofMinutes(16));
        String owner = Accounts.uniqueName("owner");

        api.post("/api/v1/auth/register", Map.of("email", email, "password", "the real owner's secret", "username", owner));
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.messageCount(email) == 2);
        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", accounts.latestCode(email)));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(201);
        assertThat(verified.json().path("user").path("username").asString()).isEqualTo(owner);
    }

    @Test
    void aWrongCodeIsRefusedAndAfterFiveWrongCodesEvenTheRightOneIs() {
        String username = Accounts.uniqueName("guess");
        String email = username + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", username));
        String code = accounts.awaitCode(email);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            var response = api.post("/api/v1/auth/verify", Map.of("email", email, "code", wrong));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text("code")).isEqualTo("invalid_verification_code");
        }
        var right = api.post("/api/v1/auth/verify", Map.of("email", email, "code", code));
        assertThat(right.status()).isEqualTo(400);

        // A new code starts over.
        assertThat(api.post("/api/v1/auth/verify/resend", Map.of("email", email)).status()).isEqualTo(202);
        String fresh = await().atMost(Duration.ofSeconds(10)).until(() -> accounts.latestCode(email), c -> !code.equals(c));
        assertThat(api.post("/api/v1/auth/verify", Map.of("email", email, "code", fresh)).status()).isEqualTo(201);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String username = Accounts.uniqueName("late");
        String email = username + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD, "username", username));
        String code = accounts.awaitCode(email);

        clock.advance(Duration.ofMinutes(16));
        var response = api.post("/api/v1/auth/verify", Map.of("email", email, "code", code));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("verification_code_expired");
    }

    @Test
    void emailAndPhoneTogetherOrNeitherAreRefused() {
        var neither = api.post("/api/v1/auth/register", Map.of("password", Accounts.PASSWORD));
        var both = new HashMap<String, Object>(Map.of("email", "b@example.com", "phone", "+14155550100",
                "password", Accounts.PASSWORD));

        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.fieldErrors()).containsExactly("email:required");
        assertThat(api.post("/api/v1/auth/register", both).fieldErrors()).containsExactly("phone:not_allowed");
    }

    @Test
    void aUsernameIsGeneratedWhenNoneIsChosen() {
        String email = Accounts.uniqueName("anon") + "@example.com";
        api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD));

        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", accounts.awaitCode(email)));

        assertThat(verified.json().path("user").path("username").asString()).matches("user\\d{8}");
    }

    @Test
    void invalidUsernamesAreRefused() {
        for (String name : new String[] {"a", "has space", "x".repeat(31), "emoji😀", "me", "ADMIN"}) {
            var response = api.post("/api/v1/auth/register", Map.of("email", Accounts.uniqueName("v") + "@example.com",
                    "password", Accounts.PASSWORD, "username", name));
            assertThat(response.status()).as(name).isEqualTo(400);
            assertThat(response.fieldErrors().getFirst()).as(name).startsWith("username:");
        }
    }
}
