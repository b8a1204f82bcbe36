package io.flick.account.session;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.account.AccountSettings;
import io.flick.account.user.ContactAddress;
import io.flick.account.user.PasswordHasher;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/**
 * Password login by e-mail address, phone number or username. Every failure gets the same answer
 * whether or not the account exists, and failures spend a per-account budget: after five, that
 * login must wait (429 with {@code Retry-After}) while its budget refills.
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
        String key = login.strip().toLowerCase(Locale.ROOT);
        limiter.requireAvailable(failedLogins, key);
        Optional<UserRow> user = find(login.strip());
        boolean ok = user.map(u -> hasher.matches(password, u.passwordHash()))
                .orElseGet(() -> hasher.matchesNothing(password));
        if (!ok) {
            limiter.spend(failedLogins, key);
            throw wrong();
        }
        return sessions.start(user.get().id());
    }

    private Optional<UserRow> find(String login) {
        if (login.contains("@") && !login.startsWith("@")) {
            return users.byEmail(login);
        }
        if (login.startsWith("+") || login.chars().allMatch(c -> Character.isDigit(c) || " -()".indexOf(c) >= 0)) {
            try {
                return users.byPhone(ContactAddress.phone(login, settings.defaultPhoneRegion()).value());
            } catch (FlickException notAPhoneNumber) {
                return users.byUsername(login);
            }
        }
        return users.byUsername(login.startsWith("@") ? login.substring(1) : login);
    }

    private static FlickException wrong() {
        return new FlickException(Problem.INVALID_CREDENTIALS, "The login or the password is wrong.");
    }
}
