package io.flick.feed.pipeline;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.flick.shared.FlickException;
import io.flick.shared.Problem;

/**
 * Paging sessions by id, kept in memory while used. The cursor a page hands out is the session id
 * and the page number; a cursor of a forgotten session starts a new session, while a cursor of another
 * viewer's or another feed's session, or one that is not ours at all, is a 400 (never someone else's state).
 * The candidates pages are ranked from are cached per viewer, not here ({@link CandidateCache}).
 */
@Component
public class FeedSessions {

    private static final Pattern CURSOR = Pattern.compile("f1\\.([A-Za-z0-9_-]{16})\\.(\\d{1,6})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cache<String, FeedSession> sessions;

    FeedSessions(FeedSettings settings) {
        this.sessions = Caffeine.newBuilder().expireAfterAccess(settings.sessionIdle()).maximumSize(200_000).build();
    }

    /** The session the cursor continues, or a new one. */
    public FeedSession resume(String cursor, Long viewer, String feed) {
        if (cursor != null && !cursor.isBlank()) {
            var matcher = CURSOR.matcher(cursor);
            if (!matcher.matches()) {
                throw new FlickException(Problem.INVALID_CURSOR, "The cursor is not one this feed handed out.");
            }
            Optional<FeedSession> known = Optional.ofNullable(sessions.getIfPresent(matcher.group(1)));
            if (known.isPresent() && !known.get().belongsTo(viewer, feed)) {
                throw new FlickException(Problem.INVALID_CURSOR, "The cursor is not one this feed handed out to you.");
            }
            if (known.isPresent()) {
                return known.get();
            }
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        FeedSession session = new FeedSession(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), viewer, feed);
        sessions.put(session.id(), session);
        return session;
    }

    public static String cursor(FeedSession session) {
        return "f1." + session.id() + "." + session.pages();
    }
}
