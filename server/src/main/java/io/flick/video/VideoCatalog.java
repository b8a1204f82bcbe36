package io.flick.video;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.video.catalog.VideoAccess;
import io.flick.video.catalog.VideoCards;
import io.flick.video.catalog.VideoRow;
import io.flick.video.catalog.Videos;

/** Video cards for other modules' lists (liked videos, feeds): only those the viewer may see, in the given order. */
@Service
public class VideoCatalog {

    private final Videos videos;
    private final VideoAccess access;
    private final VideoCards cards;

    VideoCatalog(Videos videos, VideoAccess access, VideoCards cards) {
        this.videos = videos;
        this.access = access;
        this.cards = cards;
    }

    public List<VideoCard> cards(List<VideoId> ids, Viewer viewer) {
        Map<VideoId, VideoRow> rows = videos.find(ids);
        List<VideoRow> found = ids.stream().map(rows::get).filter(Objects::nonNull).toList();
        return cards.cards(access.visible(found, viewer), viewer);
    }

    /**
     * Every published video in id order, a page at a time, for modules that derive state from the
     * whole catalog (the search index's rebuild). Not filtered for anyone: what a viewer may see is
     * {@link #cards}.
     *
     * @param after the last id of the previous page; null for the first page
     */
    public List<PublishedVideo> published(VideoId after, int limit) {
        return published(videos.publishedAfter(after, limit));
    }

    /** Of {@code ids}, in their order, those published now (a deleted or unpublished one is absent). */
    public List<PublishedVideo> published(List<VideoId> ids) {
        Map<VideoId, VideoRow> rows = videos.find(ids);
        return ids.stream().map(rows::get).filter(Objects::nonNull)
                .filter(row -> row.status() == VideoRow.Status.PUBLISHED)
                .map(row -> new PublishedVideo(row.id(), row.owner(), row.privacy(), row.caption(), row.hashtags(),
                        row.sound(), row.publishedAt()))
                .toList();
    }
}
