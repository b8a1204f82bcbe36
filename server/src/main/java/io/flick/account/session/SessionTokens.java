package io.flick.account.session;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.AccountProblem;
import io.flick.account.AccountSettings;
import io.flick.platform.AccessTokens;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.UserId;

/**
 * Starts, renews and ends login sessions. Refresh tokens rotate: each one is exchanged once for a
 * new pair. Presenting a token a second time means two parties hold it (one of them a thief), so the
 * whole session ends and both must log in again (RFC 9700, refresh token rotation).
 */
@Service
public class SessionTokens {

    private static final Logger log = LoggerFactory.getLogger(SessionTokens.class);

    private final Sessions sessions;
    private final ActiveSessions active;
    private final AccessTokens accessTokens;
    private final TransactionTemplate transaction;
    private final IdGenerator ids;
    private final Clock clock;
    private final AccountSettings settings;

    SessionTokens(Sessions sessions, ActiveSessions active, AccessTokens accessTokens, TransactionTemplate transaction,
                  IdGenerator ids, Clock clock, AccountSettings settings) {
        this.sessions = sessions;
        this.active = active;
        this.accessTokens = accessTokens;
        this.transaction = transaction;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    public TokenPair start(UserId user) {
        long sessionId = ids.next();
        Instant now = clock.instant();
        String refresh = RefreshTokens.generate();
        Instant refreshExpiresAt = now.plus(settings.refreshTokenTtl());
        transaction.executeWithoutResult(status -> {
            sessions.open(sessionId, user, now);
            sessions.addToken(sessionId, RefreshTokens.hash(refresh), now, refreshExpiresAt);
        });
        return pair(user, sessionId, refresh, refreshExpiresAt);
    }

    TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 100) {
            throw invalid();
        }
        byte[] hash = RefreshTokens.hash(refreshToken);
        Instant now = clock.instant();
        String next = RefreshTokens.generate();
        Instant nextExpiresAt = now.plus(settings.refreshTokenTtl());
        Exchange exchange = transaction.execute(status -> {
            var found = sessions.lockToken(hash);
            if (found.isEmpty() || found.get().sessionRevoked() || !found.get().expiresAt().isAfter(now)) {
                return new Exchange(null, false);
            }
            var token = found.get();
            if (token.used()) {
                sessions.revoke(token.sessionId(), token.user(), "refresh_token_reused", now);
                return new Exchange(token, true);
            }
            sessions.markUsed(hash, now);
            sessions.addToken(token.sessionId(), RefreshTokens.hash(next), now, nextExpiresAt);
            sessions.touch(token.sessionId(), now);
            return new Exchange(token, false);
        });
        if (exchange.reused()) {
            active.ended(exchange.token().sessionId());
            log.warn("A used refresh token of session {} was presented again; the session is revoked", exchange.token().sessionId());
            throw new FlickException(AccountProblem.REFRESH_TOKEN_REUSED,
                    "This refresh token was already used. For your safety the session has ended; log in again.");
        }
        if (exchange.token() == null) {
            throw invalid();
        }
        return pair(exchange.token().user(), exchange.token().sessionId(), next, nextExpiresAt);
    }

    void end(long sessionId, UserId user) {
        sessions.revoke(sessionId, user, "logout", clock.instant());
        active.ended(sessionId);
    }

    private TokenPair pair(UserId user, long sessionId, String refresh, Instant refreshExpiresAt) {
        var access = accessTokens.issue(user, sessionId);
        return new TokenPair(user, access.value(), access.expiresInSeconds(), refresh, refreshExpiresAt);
    }

    private static FlickException invalid() {
        return new FlickException(AccountProblem.INVALID_REFRESH_TOKEN, "The refresh token is invalid or has expired. Log in again.");
    }

    private record Exchange(Sessions.PresentedToken token, boolean reused) {
    }
}
