package io.flick.account.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Delivery when neither an SMTP server nor the dev outbox is configured: nothing can reach people,
 * so each message is logged as undelivered, with the address masked and never its text (it may
 * hold a code). Sign-up still answers as usual, so the API reveals nothing about this either.
 */
class UndeliveredMessages implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredMessages.class);

    @Override
    public void send(OutgoingMessage message) {
        log.warn("'{}' to {} was not delivered: no SMTP server is configured (FLICK_SMTP_HOST) and the dev outbox is off",
                message.subject().replaceAll("\\d", "#"), message.to().masked());
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.warn("No SMTP server is configured (FLICK_SMTP_HOST) and the dev outbox is off: sign-up codes cannot be "
                + "delivered. For development on this machine, set FLICK_ACCOUNT_DEV_OUTBOX=on.");
    }
}
