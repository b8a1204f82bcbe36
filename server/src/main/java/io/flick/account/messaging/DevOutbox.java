package io.flick.account.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Development delivery: messages are logged and kept in memory (the newest 500), readable at
 * {@code /api/v1/dev/outbox?to=…} by anyone who can reach the server. So that a laptop can sign up
 * without mail; only where {@link DevOutboxEnabled} says so, never in a deployment that sends real
 * mail, and announced loudly at start.
 */
class DevOutbox implements MessageSender {

    private static final Logger log = LoggerFactory.getLogger(DevOutbox.class);
    private static final int CAPACITY = 500;

    private final Deque<Delivered> messages = new ArrayDeque<>();
    private final Clock clock;

    DevOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMessage message) {
        log.info("Dev outbox: {} to {}: {}", message.to().channel().code(), message.to().value(), message.body());
        synchronized (messages) {
            messages.addFirst(new Delivered(message.to().channel().code(), message.to().value(), message.subject(),
                    message.body(), clock.instant()));
            if (messages.size() > CAPACITY) {
                messages.removeLast();
            }
        }
    }

    /** Newest first. */
    List<Delivered> to(String to) {
        synchronized (messages) {
            return messages.stream().filter(m -> m.to().equalsIgnoreCase(to)).toList();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.warn("""

                *******************************************************************************************
                  DEV OUTBOX ON: sign-up codes are not sent but kept in memory, and anyone who can reach
                  this server reads them at /api/v1/dev/outbox?to=<address>. For development only: set
                  FLICK_SMTP_HOST to send real mail, or FLICK_ACCOUNT_DEV_OUTBOX=off.
                *******************************************************************************************""");
    }

    record Delivered(String channel, String to, String subject, String body, Instant sentAt) {
    }
}
