package io.flick.account.session;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.account.AccountProblem;
import io.flick.account.AccountSettings;
import io.flick.account.user.ContactAddress;
import io.flick.account.user.PasswordHasher;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.Texts;

/**
 * Password login by e-mail address, phone number or username. Every failure gets the same answer
 * whether or not the account exists, and failures spend a per-account budget: after five, that
 * account must wait (429 with {@code Retry-After}) while its budget refills, whichever spelling of
 * its login is tried next.
 */
@Service
class LogIn {

    private final Users users;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final SessionTokens sessions;
    private final AccountSettings settings;
    private final RateLimit failedLogins;

    LogIn(Users users, PasswordHasher hasher, RateLimiter limiter, SessionTokens sessions, AccountSettings settings) {
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
        this.sessions = sessions;
        this.settings = settings;
        this.failedLogins = new RateLimit("failed-logins", settings.failedLoginsPerAccount(), settings.failedLoginWindow());
    }

    TokenPair logIn(String login, String password) {
        if (login == null || login.isBlank() || password == null || password.isEmpty() || login.length() > 254
                || password.length() > 128) {
            throw wrong();
        }
        Texts.refuseControls("login", login);
        Resolved resolved = resolve(login.strip());
        limiter.requireAvailable(failedLogins, resolved.budgetKey());
        Optional<UserRow> user = resolved.user();
        boolean ok = user.map(u -> hasher.matches(password, u.passwordHash()))
                .orElseGet(() -> hasher.matchesNothing(password));
        if (!ok) {
            limiter.spend(failedLogins, resolved.budgetKey());
            throw wrong();
        }
        return sessions.start(user.get().id());
    }

    /**
     * The account a login names, and the budget its failures spend: the account's own, however it
     * was spelled (username, {@code @Username}, e-mail in any case, any form of the phone number);
     * for no account, the identifier in its normal form, so unknown accounts are slowed down alike.
     */
    private Resolved resolve(String login) {
        if (login.contains("@") && !login.startsWith("@")) {
            return Resolved.of(users.byEmail(login), "email:" + login.toLowerCase(Locale.ROOT));
        }
        if (login.startsWith("+") || login.chars().allMatch(c -> Character.isDigit(c) || " -()".indexOf(c) >= 0)) {
            try {
                String phone = ContactAddress.phone(login, settings.defaultPhoneRegion()).value();
                return Resolved.of(users.byPhone(phone), "phone:" + phone);
            } catch (FlickException notAPhoneNumber) {
                // digits that are no phone number may still be a username
            }
        }
        String username = (login.startsWith("@") ? login.substring(1) : login).toLowerCase(Locale.ROOT);
        return Resolved.of(users.byUsername(username), "username:" + username);
    }

    private record Resolved(Optional<UserRow> user, String budgetKey) {

        static Resolved of(Optional<UserRow> user, String identifier) {
            return new Resolved(user, user.map(u -> "account:" + u.id().value()).orElse(identifier));
        }
    }

    private static FlickException wrong() {
        return new FlickException(AccountProblem.INVALID_CREDENTIALS, "The login or the password is wrong.");
    }
}
