package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.flick.support.Accounts;
import io.flick.support.Api;
import jakarta.mail.internet.MimeMessage;

/**
 * With an SMTP server configured, codes arrive by real e-mail (GreenMail) and the dev outbox does not
 * exist, even when it is asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmtpDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) throws IOException {
        registry.add("flick.data-dir", () -> tempDir());
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
        registry.add("flick.account.dev-outbox", () -> "on");
    }

    @Test
    void theVerificationCodeArrivesByEmailAndCreatesTheAccount() throws Exception {
        var api = new Api(port);
        String username = Accounts.uniqueName("mail");
        String email = username + "@example.com";

        assertThat(api.post("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                "username", username)).status()).isEqualTo(202);

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessagesForDomain("example.com")[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(message.getFrom()[0].toString()).contains("no-reply@flick.local");
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(message));
        assertThat(code.find()).isTrue();

        var verified = api.post("/api/v1/auth/verify", Map.of("email", email, "code", code.group(1)));
        assertThat(verified.status()).isEqualTo(201);
    }

    @Test
    void theDevOutboxDoesNotExistWhenRealMailIsConfigured() {
        assertThat(new Api(port).get("/api/v1/dev/outbox?to=someone@example.com").status()).isEqualTo(404);
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("flick-smtp-").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
