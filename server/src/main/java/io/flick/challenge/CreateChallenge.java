package io.flick.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.ChallengeId;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.PublicIds;
import io.flick.shared.SoundId;
import io.flick.shared.Texts;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.sound.SoundProblem;
import io.flick.sound.Sounds;
import io.flick.video.Hashtags;
import io.flick.video.VideoProblem;
import io.flick.video.VideoVisibility;

/**
 * Creates a challenge from what a member asked for: checked text, a window of at most 90 days that
 * starts within a year (and not in the past, allowing for clocks a few minutes apart), a sound the
 * creator may hear and a cover video of the creator's own. Rate limited per account, charged only
 * for a challenge that is stored.
 */
@Service
@EnableConfigurationProperties(ChallengeSettings.class)
class CreateChallenge {

    static final Duration LONGEST = Duration.ofDays(90);
    static final Duration FURTHEST_START = Duration.ofDays(365);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final StoredChallenges challenges;
    private final Sounds sounds;
    private final VideoVisibility visibility;
    private final RateLimiter rateLimiter;
    private final RateLimit creates;
    private final IdGenerator ids;
    private final Clock clock;

    CreateChallenge(StoredChallenges challenges, Sounds sounds, VideoVisibility visibility, RateLimiter rateLimiter,
                    ChallengeSettings settings, IdGenerator ids, Clock clock) {
        this.challenges = challenges;
        this.sounds = sounds;
        this.visibility = visibility;
        this.rateLimiter = rateLimiter;
        this.creates = new RateLimit("challenge-creates", settings.createsPerDay(), Duration.ofDays(1));
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    ChallengeRow create(UserId creator, NewChallenge request) {
        Instant now = clock.instant();
        String tag = Hashtags.normalise(request.hashtag());
        if (tag == null) {
            throw FlickException.invalidField("hashtag", "invalid",
                    "must be 1 to 100 letters, digits or underscores, with or without a leading #");
        }
        String title = Texts.require("title", request.title(), 1, 100, false);
        String description = Texts.require("description", request.description(), 0, 2_000, true);
        String rules = Texts.require("rules", request.rules(), 0, 2_000, true);
        // PostgreSQL keeps microseconds: the answer shows the times as they are stored.
        Instant starts = required("starts_at", request.startsAt()).truncatedTo(ChronoUnit.MICROS);
        Instant ends = required("ends_at", request.endsAt()).truncatedTo(ChronoUnit.MICROS);
        if (starts.isBefore(now.minus(CLOCK_SKEW))) {
            throw FlickException.invalidField("starts_at", "in_the_past", "must not be in the past");
        }
        if (starts.isAfter(now.plus(FURTHEST_START))) {
            throw FlickException.invalidField("starts_at", "too_far", "must be within a year from now");
        }
        if (!ends.isAfter(starts)) {
            throw FlickException.invalidField("ends_at", "before_start", "must be after starts_at");
        }
        if (ends.isAfter(starts.plus(LONGEST))) {
            throw FlickException.invalidField("ends_at", "too_long", "must be at most 90 days after starts_at");
        }
        SoundId sound = request.soundId() == null ? null : audibleSound(request.soundId(), creator);
        VideoId cover = request.coverVideoId() == null ? null : ownVideo(request.coverVideoId(), creator);

        rateLimiter.acquire(creates, creator.toString());
        ChallengeRow row = new ChallengeRow(new ChallengeId(ids.next()), tag, title, description, rules, starts, ends,
                sound, cover, creator, now, null);
        if (!challenges.addUnlessOverlapping(row)) {
            throw new FlickException(ChallengeProblem.CHALLENGE_EXISTS,
                    "#" + tag + " already has a challenge at that time.");
        }
        return row;
    }

    private SoundId audibleSound(String text, UserId creator) {
        try {
            SoundId id = SoundId.parse(text);
            if (sounds.audible(id, Viewer.member(creator)).isPresent()) {
                return id;
            }
        } catch (PublicIds.InvalidIdException e) {
            // a malformed id names no sound
        }
        throw new FlickException(SoundProblem.SOUND_NOT_FOUND, "There is no such sound.");
    }

    private VideoId ownVideo(String text, UserId creator) {
        try {
            VideoId id = VideoId.parse(text);
            if (visibility.find(id, Viewer.member(creator)).filter(video -> video.owner().equals(creator)).isPresent()) {
                return id;
            }
        } catch (PublicIds.InvalidIdException e) {
            // a malformed id names no video
        }
        throw new FlickException(VideoProblem.VIDEO_NOT_FOUND, "The cover must be one of your own videos.");
    }

    private static Instant required(String field, Instant value) {
        if (value == null) {
            throw FlickException.invalidField(field, "required", "is required");
        }
        return value;
    }

    /** {@code POST /api/v1/challenges}. */
    record NewChallenge(String hashtag, String title, String description, String rules, Instant startsAt, Instant endsAt,
                   String soundId, String coverVideoId) {
    }
}
