package io.flick.video.catalog;

import java.time.Instant;
import java.util.List;

import io.flick.shared.SoundId;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;

/** A video as stored, with its hashtags (in caption order) and mentioned users. */
public record VideoRow(VideoId id, UserId owner, UploadId upload, String caption, SoundId sound, Privacy privacy,
                       boolean duetEnabled, boolean stitchEnabled, boolean commentEnabled, Status status,
                       String failureReason, Double duration, Instant createdAt, Instant publishedAt,
                       List<String> hashtags, List<UserId> mentions) {

    public enum Status {
        PROCESSING, PUBLISHED, FAILED
    }

    /** The same video with what its owner may edit replaced. */
    public VideoRow edited(String caption, Privacy privacy, boolean duetEnabled, boolean stitchEnabled,
                           boolean commentEnabled, List<String> hashtags, List<UserId> mentions) {
        return new VideoRow(id, owner, upload, caption, sound, privacy, duetEnabled, stitchEnabled, commentEnabled, status,
                failureReason, duration, createdAt, publishedAt, List.copyOf(hashtags), List.copyOf(mentions));
    }

    public VideoRow with(List<String> hashtags, List<UserId> mentions) {
        return new VideoRow(id, owner, upload, caption, sound, privacy, duetEnabled, stitchEnabled, commentEnabled, status,
                failureReason, duration, createdAt, publishedAt, List.copyOf(hashtags), List.copyOf(mentions));
    }
}
