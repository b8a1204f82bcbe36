package io.flick.account.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import io.flick.account.user.ContactAddress;

/**
 * Real delivery: e-mail through the configured SMTP server. No SMS gateway exists yet, so text
 * messages to phone numbers are logged as undeliverable (phone sign-up needs the dev outbox today).
 */
class SmtpMessageSender implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpMessageSender.class);

    private final JavaMailSender mail;
    private final String from;

    SmtpMessageSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(OutgoingMessage message) {
        if (message.to().channel() == ContactAddress.Channel.PHONE) {
            log.warn("No SMS gateway is configured; the message to {} was not delivered", message.to().masked());
            return;
        }
        var email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(message.to().value());
        email.setSubject(message.subject());
        email.setText(message.body());
        mail.send(email);
        log.debug("Sent '{}' to {}", message.subject(), message.to().masked());
    }
}
