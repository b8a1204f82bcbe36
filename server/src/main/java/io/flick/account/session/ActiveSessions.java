package io.flick.account.session;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.flick.platform.SessionValidity;

/**
 * Answers the platform's per-request "is this session still live?". Answers are cached for five
 * seconds, and a revocation on this node evicts at once; other nodes notice within those five seconds.
 */
@Component
class ActiveSessions implements SessionValidity {

    private final Sessions sessions;
    private final Cache<Long, Boolean> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(100_000)
            .build();

    ActiveSessions(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean isActive(long sessionId) {
        return recent.get(sessionId, sessions::isActive);
    }

    void ended(long sessionId) {
        recent.invalidate(sessionId);
    }
}
