package io.flick.account.messaging;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.registration.ExistingAccountSignUpAttempted;
import io.flick.account.registration.SignUpAlreadyPending;
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
        // The code comes first (clients read the first six digits), then the account it creates, so
        // that nobody enters a code meant for a sign-up they did not start. (Events logged before the
        // username was part of them have none.)
        String creates = event.username() == null ? "" : " It creates the account @" + event.username() + ".";
        sender.send(new OutgoingMessage(event.to(), "Your Flick code: " + event.code(),
                "Your Flick verification code is " + event.code() + "." + creates + " It expires in " + minutes
                        + " minutes. If you did not sign up for Flick, ignore this message."));
    }

    @ApplicationModuleListener
    void on(SignUpAlreadyPending event) {
        sender.send(new OutgoingMessage(event.to(), "Someone tried to sign up with your address again",
                "Someone tried to sign up for Flick with this address while an earlier sign-up with it is still "
                        + "waiting for its code. The earlier sign-up is unchanged and its code still works. To change "
                        + "its details, sign up again with the same password, or wait until its code expires (at most "
                        + event.pendingFor().toMinutes() + " minutes). If none of this was you, ignore this message."));
    }

    @ApplicationModuleListener
    void on(ExistingAccountSignUpAttempted event) {
        sender.send(new OutgoingMessage(event.to(), "Someone tried to sign up with your address",
                "Someone tried to create a Flick account with this address, which already has one. "
                        + "If it was you, log in instead. If it was not, you can ignore this message."));
    }
}
