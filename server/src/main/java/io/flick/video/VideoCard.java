package io.flick.video;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.flick.account.UserSummary;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundSummary;

/** A video as the API shows it (seed 001's {@code GET /videos/{id}}; stats join with engagement). */
public record VideoCard(VideoId videoId, UserSummary user, String caption, List<String> hashtags, List<Mention> mentions,
                        SoundSummary sound, Map<String, String> videoUrls, String thumbnailUrl, String thumbnailSmallUrl,
                        Double duration, Integer width, Integer height, String privacy, boolean duetEnabled,
                        boolean stitchEnabled, boolean commentEnabled, String status, VideoStats.Counts stats,
                        UserEngagement userEngagement, Instant createdAt) {

    /** What the viewer did: seed 001's {@code user_engagement}. */
    public record UserEngagement(boolean hasLiked, boolean hasSaved, boolean hasFollowed) {
    }

    public record Mention(UserId userId, String username) {
    }
}
