package io.flick.video.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.media.AssetView;
import io.flick.media.MediaLinks;
import io.flick.media.MediaProcessing;
import io.flick.media.MediaUrls;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import io.flick.sound.SoundSummary;
import io.flick.sound.Sounds;
import io.flick.social.Follows;
import io.flick.video.VideoStats;
import io.flick.video.VideoCard;

/**
 * Hydrates videos into cards in bulk: one query per kind of data (authors, mentioned users, sounds,
 * media, counts, the viewer's likes and saves, whom the viewer follows) whatever the number of
 * videos, so a page of a feed costs the same as one card.
 */
@Component
public class VideoCards {

    private final UserDirectory users;
    private final Sounds sounds;
    private final MediaProcessing media;
    private final MediaLinks links;
    private final VideoStats stats;
    private final Follows follows;

    VideoCards(UserDirectory users, Sounds sounds, MediaProcessing media, MediaLinks links, VideoStats stats,
               Follows follows) {
        this.users = users;
        this.sounds = sounds;
        this.media = media;
        this.links = links;
        this.stats = stats;
        this.follows = follows;
    }

    public List<VideoCard> cards(Collection<VideoRow> videos, Viewer viewer) {
        Map<UserId, UserSummary> people = users.find(videos.stream()
                .flatMap(v -> Stream.concat(Stream.of(v.owner()), v.mentions().stream())).distinct().toList());
        Map<SoundId, SoundSummary> soundsById = sounds.find(videos.stream().map(VideoRow::sound)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, AssetView> assets = media.assets(videos.stream().map(v -> v.id().assetId()).toList());
        List<VideoId> ids = videos.stream().map(VideoRow::id).toList();
        Map<VideoId, VideoStats.Counts> counts = stats.counts(ids);
        Map<VideoId, VideoStats.Mine> mine = stats.mine(viewer, ids);
        Set<UserId> followed = viewer.signedIn().map(me -> follows.followedAmong(me,
                videos.stream().map(VideoRow::owner).filter(owner -> !owner.equals(me)).distinct().toList())).orElse(Set.of());
        return videos.stream().map(video -> card(video, people, soundsById, assets.get(video.id().assetId()),
                counts.getOrDefault(video.id(), VideoStats.Counts.NONE),
                engagement(mine.getOrDefault(video.id(), VideoStats.Mine.NOTHING), followed.contains(video.owner()))))
                .toList();
    }

    public VideoCard card(VideoRow video, Viewer viewer) {
        return cards(List.of(video), viewer).getFirst();
    }

    private VideoCard.UserEngagement engagement(VideoStats.Mine mine, boolean followed) {
        return new VideoCard.UserEngagement(mine.hasLiked(), mine.hasSaved(), followed);
    }

    private VideoCard card(VideoRow video, Map<UserId, UserSummary> people, Map<SoundId, SoundSummary> soundsById,
                           AssetView asset, VideoStats.Counts counts, VideoCard.UserEngagement engagement) {
        Map<String, String> urls = new LinkedHashMap<>();
        String thumbnail = null;
        String thumbnailSmall = null;
        if (asset != null && asset.status().playable()) {
            MediaUrls media = links.urls(asset);
            urls.putAll(media.renditions());
            urls.put("master", media.master());
            thumbnail = media.thumbnail();
            thumbnailSmall = media.thumbnailSmall();
        }
        List<VideoCard.Mention> mentions = video.mentions().stream().map(people::get).filter(Objects::nonNull)
                .map(user -> new VideoCard.Mention(user.userId(), user.username())).toList();
        return new VideoCard(video.id(), people.get(video.owner()), video.caption(), video.hashtags(), mentions,
                video.sound() == null ? null : soundsById.get(video.sound()), urls, thumbnail, thumbnailSmall,
                video.duration() != null ? video.duration() : asset == null ? null : asset.durationSeconds(),
                asset == null ? null : asset.width(), asset == null ? null : asset.height(), video.privacy().code(),
                video.duetEnabled(), video.stitchEnabled(), video.commentEnabled(),
                video.status().name().toLowerCase(Locale.ROOT), counts, engagement, video.createdAt());
    }

}
