package io.flick.account.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.AccountProblem;
import io.flick.account.AccountSettings;
import io.flick.account.user.ContactAddress;
import io.flick.account.user.PasswordHasher;
import io.flick.account.user.PasswordPolicy;
import io.flick.account.user.Usernames;
import io.flick.account.user.Users;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.Problem;
import io.flick.shared.Texts;

/**
 * Starts a sign-up: validates it, keeps it as a pending registration and has a code sent. The
 * account itself is created by {@link VerifyAccount} once the code comes back. Whoever signs up
 * with an address first holds it until the code expires: signing up again with someone else's
 * pending address changes nothing but a notice to that address, so a code always creates the
 * account with the details of the person it was sent for.
 */
@Service
class RegisterAccount {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final PendingRegistrations pending;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final IdGenerator ids;
    private final Clock clock;
    private final AccountSettings settings;
    private final RateLimit codesPerAddress;

    RegisterAccount(Users users, PendingRegistrations pending, PasswordHasher hasher, RateLimiter limiter,
                    ApplicationEventPublisher events, TransactionTemplate transaction, IdGenerator ids, Clock clock,
                    AccountSettings settings) {
        this.users = users;
        this.pending = pending;
        this.hasher = hasher;
        this.limiter = limiter;
        this.events = events;
        this.transaction = transaction;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.codesPerAddress = new RateLimit("codes-per-address", settings.codesPerAddress(), Duration.ofHours(1));
    }

    SignUpStarted register(SignUpRequest request) {
        ContactAddress address = addressOf(request.email(), request.phone(), settings.defaultPhoneRegion());
        String username = request.username() == null || request.username().isBlank()
                ? freeGeneratedUsername() : Usernames.require(request.username());
        String displayName = Texts.require("display_name",
                request.displayName() == null || request.displayName().isBlank() ? username : request.displayName(),
                1, 50, false);
        PasswordPolicy.check(request.password(), username,
                address.channel() == ContactAddress.Channel.EMAIL ? address.value().substring(0, address.value().indexOf('@'))
                        : address.value().substring(1));
        if (users.usernameTaken(username)) {
            throw new FlickException(AccountProblem.USERNAME_TAKEN, "The username " + username + " is taken.");
        }
        limiter.acquire(codesPerAddress, address.value());
        // Hashed whether or not the address has an account, so both answers take the same time.
        String passwordHash = hasher.hash(request.password());
        Instant now = clock.instant();
        // A live sign-up of this address belongs to its first claimant until it expires: only someone
        // with the same password (that claimant) may restart it. One password check either way, so
        // the answer's timing does not tell whether a sign-up is pending.
        Optional<PendingRegistration> earlier = pending.live(address, now);
        Optional<Long> ownEarlier = earlier.filter(r -> hasher.matches(request.password(), r.passwordHash()))
                .map(PendingRegistration::id);
        if (earlier.isEmpty()) {
            hasher.matchesNothing(request.password());
        }
        transaction.executeWithoutResult(status -> {
            if (users.byAddress(address).isPresent()) {
                events.publishEvent(new ExistingAccountSignUpAttempted(address));
                return;
            }
            long id = ids.next();
            String code = VerificationCodes.generate();
            var registration = new PendingRegistration(id, address, username, displayName, passwordHash,
                    VerificationCodes.hash(id, code), 0, now.plus(settings.verificationCodeTtl()), now);
            boolean claimed = ownEarlier.isPresent() ? pending.restart(ownEarlier.get(), registration)
                    : pending.claim(registration);
            if (claimed) {
                events.publishEvent(new VerificationCodeIssued(address, code, settings.verificationCodeTtl(), username));
            } else {
                events.publishEvent(new SignUpAlreadyPending(address, settings.verificationCodeTtl()));
            }
        });
        return started(address);
    }

    /** Sends a fresh code for a pending sign-up; answers the same whether or not one exists. */
    SignUpStarted resend(String email, String phone) {
        ContactAddress address = addressOf(email, phone, settings.defaultPhoneRegion());
        limiter.acquire(codesPerAddress, address.value());
        transaction.executeWithoutResult(status -> pending.lock(address).ifPresent(registration -> {
            String code = VerificationCodes.generate();
            pending.renewCode(registration.id(), VerificationCodes.hash(registration.id(), code),
                    clock.instant().plus(settings.verificationCodeTtl()));
            events.publishEvent(new VerificationCodeIssued(address, code, settings.verificationCodeTtl(),
                    registration.username()));
        }));
        return started(address);
    }

    static ContactAddress addressOf(String email, String phone, String region) {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasEmail == hasPhone) {
            throw FlickException.invalidField(hasEmail ? "phone" : "email", hasEmail ? "not_allowed" : "required",
                    "give either an e-mail address or a phone number");
        }
        return hasEmail ? ContactAddress.email(email) : ContactAddress.phone(phone, region);
    }

    private SignUpStarted started(ContactAddress address) {
        return new SignUpStarted("verification_sent", address.channel().code(), address.masked(),
                settings.verificationCodeTtl().toSeconds());
    }

    private String freeGeneratedUsername() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = "user" + (10_000_000 + RANDOM.nextInt(90_000_000));
            if (!users.usernameTaken(candidate)) {
                return candidate;
            }
        }
        throw new FlickException(Problem.CONFLICT, "Could not find a free username; choose one.");
    }
}
