package io.flick.video;

import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.catalog.VideoAccess;
import io.flick.video.catalog.Videos;

/** Whether a viewer may see (and so like, save, comment on) a video. */
@Service
public class VideoVisibility {

    private final Videos videos;
    private final VideoAccess access;

    VideoVisibility(Videos videos, VideoAccess access) {
        this.videos = videos;
        this.access = access;
    }

    public boolean visible(VideoId video, Viewer viewer) {
        return find(video, viewer).isPresent();
    }

    /** The facts other modules need about a video the viewer may see. */
    public Optional<VisibleVideo> find(VideoId video, Viewer viewer) {
        return videos.find(video).filter(row -> access.canView(row, viewer))
                .map(row -> new VisibleVideo(row.id(), row.owner(), row.commentEnabled(), row.privacy() == Privacy.PUBLIC));
    }

    /** @param publicVideo whether its privacy is public (what counts in others' view of the owner's profile) */
    public record VisibleVideo(VideoId id, UserId owner, boolean commentEnabled, boolean publicVideo) {
    }
}
