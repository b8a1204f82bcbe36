package io.flick.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

import io.flick.challenge.ChallengeInvitationSent;

/**
 * Every {@link ChallengeInvitationSent} the server announced (after its transaction committed), for
 * tests of what the notifications work will receive; nothing listens to it on the server yet.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SentInvitations {

    private final List<ChallengeInvitationSent> sent = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ChallengeInvitationSent event) {
        sent.add(event);
    }

    public List<ChallengeInvitationSent> sent() {
        return List.copyOf(sent);
    }
}
