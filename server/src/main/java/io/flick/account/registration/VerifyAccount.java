package io.flick.account.registration;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.AccountProblem;
import io.flick.account.AccountSettings;
import io.flick.account.UserRegistered;
import io.flick.account.user.ContactAddress;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.shared.FlickException;
import io.flick.shared.UserId;

/**
 * Checks a sign-up code and creates the account. Failed attempts are counted in their own committed
 * transaction (a rollback must not give an attacker free guesses); after
 * {@link AccountSettings#verificationAttempts()} wrong codes the sign-up needs a new code.
 */
@Service
class VerifyAccount {

    private final Users users;
    private final PendingRegistrations pending;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccountSettings settings;

    VerifyAccount(Users users, PendingRegistrations pending, ApplicationEventPublisher events,
                  TransactionTemplate transaction, Clock clock, AccountSettings settings) {
        this.users = users;
        this.pending = pending;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
    }

    UserId verify(ContactAddress address, String code) {
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> attempt(address, code));
        } catch (DuplicateKeyException e) {
            // The username went to someone else between our check and our insert.
            throw new FlickException(AccountProblem.USERNAME_TAKEN, "The username was taken while you signed up. Try again.");
        }
        return switch (outcome) {
            case Outcome.Verified verified -> verified.user();
            case Outcome.Expired expired -> throw new FlickException(AccountProblem.VERIFICATION_CODE_EXPIRED,
                    "The code has expired. Ask for a new one.");
            case Outcome.UsernameTaken taken -> throw new FlickException(AccountProblem.USERNAME_TAKEN,
                    "The username " + taken.username() + " was taken while you signed up. Sign up again with another.");
            case Outcome.Wrong wrong -> throw new FlickException(AccountProblem.INVALID_VERIFICATION_CODE,
                    "The code is wrong. Check it, or ask for a new one.");
        };
    }

    private Outcome attempt(ContactAddress address, String code) {
        var found = pending.lock(address);
        if (found.isEmpty()) {
            return new Outcome.Wrong();
        }
        PendingRegistration registration = found.get();
        Instant now = clock.instant();
        if (!registration.expiresAt().isAfter(now)) {
            pending.remove(registration.id());
            return new Outcome.Expired();
        }
        if (registration.attempts() >= settings.verificationAttempts()
                || !VerificationCodes.matches(registration.id(), code, registration.codeHash())) {
            pending.countFailedAttempt(registration.id());
            return new Outcome.Wrong();
        }
        if (users.byAddress(address).isPresent()) {
            pending.remove(registration.id()); // verified elsewhere meanwhile; this sign-up is moot
            return new Outcome.Wrong();
        }
        if (users.usernameTaken(registration.username())) {
            pending.remove(registration.id());
            return new Outcome.UsernameTaken(registration.username());
        }
        UserId user = new UserId(registration.id());
        users.add(new UserRow(user, registration.username(),
                address.channel() == ContactAddress.Channel.EMAIL ? address.value() : null,
                address.channel() == ContactAddress.Channel.PHONE ? address.value() : null,
                registration.passwordHash(), registration.displayName(), "", null, false, false, 0, 0, 0, 0, now, false));
        pending.remove(registration.id());
        events.publishEvent(new UserRegistered(user, registration.username()));
        return new Outcome.Verified(user);
    }

    private sealed interface Outcome {
        record Verified(UserId user) implements Outcome {
        }

        record Expired() implements Outcome {
        }

        record Wrong() implements Outcome {
        }

        record UsernameTaken(String username) implements Outcome {
        }
    }
}
