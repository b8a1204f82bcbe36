package io.flick.account.messaging;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import io.flick.account.AccountSettings;

/**
 * SMTP when {@code spring.mail.host} (FLICK_SMTP_HOST) is set; otherwise the development outbox where
 * {@link DevOutboxEnabled} allows it; otherwise no delivery at all.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    @Conditional(DevOutboxEnabled.class)
    DevOutbox devOutbox(Clock clock) {
        return new DevOutbox(clock);
    }

    @Bean
    @Conditional(DevOutboxEnabled.Neither.class)
    UndeliveredMessages undeliveredMessages() {
        return new UndeliveredMessages();
    }

    @Bean
    @ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
    SmtpMessageSender smtpMessageSender(JavaMailSender mail, AccountSettings settings) {
        return new SmtpMessageSender(mail, settings.mailFrom());
    }
}
