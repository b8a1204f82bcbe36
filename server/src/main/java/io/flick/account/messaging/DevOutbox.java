package io.flick.account.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development delivery: messages are logged and kept in memory (the newest 500), readable at
 * {@code /api/v1/dev/outbox}. Active only while no SMTP server is configured, so that a laptop can
 * sign up without mail; never in a deployment that sends real mail.
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

    /** Newest first; all recipients when {@code to} is null. */
    List<Delivered> to(String to) {
        synchronized (messages) {
            return messages.stream().filter(m -> to == null || m.to().equalsIgnoreCase(to)).toList();
        }
    }

    record Delivered(String channel, String to, String subject, String body, Instant sentAt) {
    }
}
