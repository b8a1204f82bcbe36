package io.flick.video;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.catalog.VideoAccess;
import io.flick.video.catalog.VideoRow;
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

    /** Of {@code ids}, those the viewer may see: the list rule ({@link VideoAccess#visible}), a fixed number of queries. */
    public Set<VideoId> visibleAmong(Collection<VideoId> ids, Viewer viewer) {
        return access.visible(List.copyOf(videos.find(ids).values()), viewer).stream().map(VideoRow::id)
                .collect(Collectors.toSet());
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
