package io.flick.account.session;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.flick.platform.SessionValidity;
import io.flick.shared.UserId;

/**
 * Answers the platform's per-request "is this session still live, and the user's own?". Answers are
 * cached for five seconds, and a revocation on this node evicts at once; other nodes notice within
 * those five seconds.
 */
@Component
class ActiveSessions implements SessionValidity {

    private static final long NOBODY = 0;

    private final Sessions sessions;
    // Session id → the user it belongs to while it is live, NOBODY once it has ended (or never was).
    private final Cache<Long, Long> liveOwners = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(100_000)
            .build();

    ActiveSessions(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isActive(long sessionId, UserId user) {
        long owner = liveOwners.get(sessionId, id -> sessions.liveOwner(id).map(UserId::value).orElse(NOBODY));
        return owner == user.value();
    }

    void ended(long sessionId) {
        liveOwners.invalidate(sessionId);
    }
}
