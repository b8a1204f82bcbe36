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
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;

/**
 * Turns a finished upload into a video: validates the details, stores the video as processing and
 * has media process the upload, in one transaction (no video without a job, no job without a
 * video). Completing the same upload again returns the same video.
 */
@Service
public class CompleteUpload {

    static final int MAX_CAPTION = 2200;
    static final int MAX_HASHTAGS = 30;

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
                request.hashtags() == null ? List.of() : request.hashtags(), privacy(request.privacy()),
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
        String caption = caption(details.caption());
        List<String> hashtags = hashtags(caption, details.hashtags());
        List<UserId> mentions = CaptionParser.mentions(caption).stream()
                .map(users::byUsername).flatMap(Optional::stream).map(UserSummary::userId).toList();
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
                boolean publicMedia = privacy == Privacy.PUBLIC
                        && !users.find(owner).map(UserSummary::isPrivate).orElse(true);
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

    private static String caption(String text) {
        return Texts.require("caption", text, 0, MAX_CAPTION, true);
    }

    private static List<String> hashtags(String caption, List<String> given) {
        List<String> tags = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String tag = CaptionParser.hashtag(given.get(i));
                if (tag == null) {
                    errors.add(new FieldError("hashtags[" + i + "]", "format",
                            "must be 1 to 100 letters, digits or underscores"));
                } else {
                    tags.add(tag);
                }
            }
        }
        List<String> all = CaptionParser.merge(CaptionParser.hashtags(caption), tags);
        if (all.size() > MAX_HASHTAGS) {
            errors.add(new FieldError("hashtags", "too_many", "at most " + MAX_HASHTAGS + " hashtags"));
        }
        if (!errors.isEmpty()) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.", errors);
        }
        return all;
    }

    private static Privacy privacy(String text) {
        if (text == null || text.isBlank()) {
            return Privacy.PUBLIC;
        }
        try {
            return Privacy.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw FlickException.invalidField("privacy", "one_of", "must be public, friends or private");
        }
    }

    private static boolean flag(Boolean value) {
        return value == null || value;
    }
}
