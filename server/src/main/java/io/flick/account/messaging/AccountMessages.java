package io.flick.account.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.registration.ExistingAccountSignUpAttempted;
import io.flick.account.registration.VerificationCodeIssued;

/**
 * Turns account events into messages. Runs after the sign-up's transaction commits, on its own
 * thread, with the event kept in the publication log until delivery succeeds (a crash or an SMTP
 * outage means a retry at restart, not a lost code).
 */
@Component
class AccountMessages {

    private final MessageSender sender;

    AccountMessages(MessageSender sender) {
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(VerificationCodeIssued event) {
        long minutes = event.validFor().toMinutes();
        sender.send(new OutgoingMessage(event.to(), "Your Flick code: " + event.code(),
                "Your Flick verification code is " + event.code() + ". It expires in " + minutes
                        + " minutes. If you did not sign up for Flick, ignore this message."));
    }

    @ApplicationModuleListener
    void on(ExistingAccountSignUpAttempted event) {
        sender.send(new OutgoingMessage(event.to(), "Someone tried to sign up with your address",
                "Someone tried to create a Flick account with this address, which already has one. "
                        + "If it was you, log in instead. If it was not, you can ignore this message."));
    }
}
