package io.flick.video.catalog;

import io.flick.video.VideoCard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.flick.media.AssetView;
import io.flick.media.MediaLinks;
import io.flick.media.MediaProcessing;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.VideoProblem;

@RestController
class VideoController {

    private final Videos videos;
    private final VideoAccess access;
    private final VideoCards cards;
    private final MediaProcessing media;
    private final MediaLinks links;

    VideoController(Videos videos, VideoAccess access, VideoCards cards, MediaProcessing media, MediaLinks links) {
        this.videos = videos;
        this.access = access;
        this.cards = cards;
        this.media = media;
        this.links = links;
    }

    @GetMapping("/api/v1/videos/{videoId}")
    VideoCard video(@PathVariable String videoId, @CurrentUser Viewer viewer) {
        return cards.card(visible(videoId, viewer), viewer);
    }

    /** Processing progress; while a video is not published only its owner can see it at all. */
    @GetMapping("/api/v1/videos/{videoId}/status")
    VideoStatus status(@PathVariable String videoId, @CurrentUser Viewer viewer) {
        VideoRow video = visible(videoId, viewer);
        Optional<AssetView> asset = media.asset(video.id().assetId());
        List<String> qualities = asset.map(a -> a.renditions().reversed().stream().map(AssetView.Rendition::name).toList())
                .orElse(List.of());
        String thumbnail = asset.filter(a -> a.status().playable()).map(a -> links.urls(a).thumbnail()).orElse(null);
        // Published is not finished: higher rungs may still be encoding, and progress says so.
        int progress = video.status() == VideoRow.Status.FAILED ? 0
                : asset.map(a -> (int) Math.floor(a.progress() * 100)).orElse(0);
        return new VideoStatus(video.id(), video.status().name().toLowerCase(Locale.ROOT), qualities, thumbnail,
                video.duration() != null ? video.duration() : asset.map(AssetView::durationSeconds).orElse(null),
                progress, asset.map(AssetView::estimatedCompletion).orElse(null), video.failureReason());
    }

    private VideoRow visible(String videoId, Viewer viewer) {
        return videos.find(VideoId.parse(videoId)).filter(video -> access.canView(video, viewer))
                .orElseThrow(() -> new FlickException(VideoProblem.VIDEO_NOT_FOUND, "There is no such video."));
    }

    record VideoStatus(VideoId videoId, String status, List<String> availableQualities, String thumbnailUrl,
                       Double duration, int progress, Instant estimatedCompletion, String failureReason) {
    }
}
