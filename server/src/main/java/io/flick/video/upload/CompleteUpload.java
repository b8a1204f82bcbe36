package io.flick.video.upload;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.media.MediaProblem;
import io.flick.media.MediaProcessing;
import io.flick.media.ProcessRequest;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.Problem;
import io.flick.shared.PublicIds;
import io.flick.shared.SoundId;
import io.flick.shared.Texts;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundProblem;
import io.flick.sound.Sounds;
import io.flick.video.Privacy;
import io.flick.video.VideoDetails;
import io.flick.video.catalog.PublicMedia;
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;

/**
 * Turns a finished upload into a video: validates the details, stores the video as processing and
 * has media process the upload, in one transaction (no video without a job, no job without a
 * video). Completing the same upload again returns the same video.
 */
@Service
public class CompleteUpload {

    private final Videos videos;
    private final MediaProcessing media;
    private final Sounds sounds;
    private final UserDirectory users;
    private final TransactionTemplate transaction;
    private final IdGenerator ids;
    private final Clock clock;

    CompleteUpload(Videos videos, MediaProcessing media, Sounds sounds, UserDirectory users,
                   TransactionTemplate transaction, IdGenerator ids, Clock clock) {
        this.videos = videos;
        this.media = media;
        this.sounds = sounds;
        this.users = users;
        this.transaction = transaction;
        this.ids = ids;
        this.clock = clock;
    }

    VideoRow complete(UserId owner, UploadRequests.Complete request) {
        return complete(owner, uploadId(request.uploadId()), new VideoDetails(request.caption(),
                request.soundId() == null || request.soundId().isBlank() ? null : soundId(request.soundId()),
                request.hashtags() == null ? List.of() : request.hashtags(), DetailRules.privacy(request.privacy()),
                flag(request.duetEnabled()), flag(request.stitchEnabled()), flag(request.commentEnabled()),
                request.coverTime()));
    }

    public VideoRow complete(UserId owner, UploadId upload, VideoDetails details) {
        Optional<VideoRow> earlier = videos.byUpload(upload);
        if (earlier.isPresent()) {
            if (!earlier.get().owner().equals(owner)) {
                throw new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload.");
            }
            return earlier.get();
        }
        String caption = DetailRules.caption(details.caption());
        List<String> hashtags = DetailRules.hashtags(caption, details.hashtags());
        List<UserId> mentions = DetailRules.mentions(caption, users);
        Privacy privacy = details.privacy();
        SoundId sound = details.sound();
        // A sound the uploader may not hear (a private clip's, a blocker's) is refused as if it did not exist.
        Optional<Long> replacementAudio = sound == null ? Optional.empty() : Optional.of(sounds.reuse(sound, owner)
                .orElseThrow(() -> new FlickException(SoundProblem.SOUND_NOT_FOUND, "There is no such sound.")));

        VideoRow video = new VideoRow(new VideoId(ids.next()), owner, upload, caption, sound, privacy,
                details.duetEnabled(), details.stitchEnabled(), details.commentEnabled(), VideoRow.Status.PROCESSING, null, null, clock.instant(), null, hashtags, mentions);
        try {
            transaction.executeWithoutResult(status -> {
                videos.add(video);
                // Media of a private account's videos is served through signed links, like friends-only ones.
                boolean publicMedia = PublicMedia.of(privacy, users.find(owner).map(UserSummary::isPrivate).orElse(true));
                // The video's one asset is created with the video's id, in the same transaction (see VideoId).
                media.process(new ProcessRequest(video.id().assetId(), upload, owner, publicMedia, replacementAudio,
                        details.coverSeconds()));
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // The same upload completed concurrently: answer with the video that won.
            return videos.byUpload(upload).filter(v -> v.owner().equals(owner)).orElseThrow(() -> e);
        }
        return videos.find(video.id()).orElseThrow();
    }

    private static UploadId uploadId(String text) {
        if (text == null || text.isBlank()) {
            throw FlickException.invalidField("upload_id", "required", "is required");
        }
        try {
            return UploadId.parse(text);
        } catch (PublicIds.InvalidIdException e) {
            throw new FlickException(MediaProblem.UPLOAD_NOT_FOUND, "There is no such upload.");
        }
    }

    private static SoundId soundId(String text) {
        try {
            return SoundId.parse(text);
        } catch (PublicIds.InvalidIdException e) {
            throw new FlickException(SoundProblem.SOUND_NOT_FOUND, "There is no such sound.");
        }
    }

    private static boolean flag(Boolean value) {
        return value == null || value;
    }
}
