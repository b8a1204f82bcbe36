package io.flick.discovery.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.stereotype.Component;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundListing;
import io.flick.sound.SoundSummary;
import io.flick.sound.Sounds;
import io.flick.video.PublishedVideo;
import io.flick.video.VideoCatalog;
import io.flick.video.VideoStats;

/**
 * Writes documents as the owning modules state them now: given ids, it reads the videos, users and
 * sounds through those modules' APIs (a handful of queries per batch, never one per document) and
 * replaces their documents; what is no longer there (an unpublished video) is deleted. Re-reading
 * rather than copying event payloads makes every update idempotent and order-free: two events about
 * one video handled in either order leave its current state.
 */
@Component
public class Indexer {

    private final SearchIndex index;
    private final VideoCatalog catalog;
    private final UserDirectory users;
    private final Sounds sounds;
    private final VideoStats stats;

    Indexer(SearchIndex index, VideoCatalog catalog, UserDirectory users, Sounds sounds, VideoStats stats) {
        this.index = index;
        this.catalog = catalog;
        this.users = users;
        this.sounds = sounds;
        this.stats = stats;
    }

    /** (Re)indexes these videos; those not published any more are deleted. */
    public void videos(List<VideoId> ids) {
        List<PublishedVideo> found = catalog.published(ids);
        put(found);
        Set<VideoId> present = new HashSet<>(found.stream().map(PublishedVideo::id).toList());
        ids.stream().filter(id -> !present.contains(id)).forEach(id -> index.delete(Fields.key(Fields.VIDEO, id.value())));
    }

    /** Writes the documents of these published videos (one query each for creators, sounds and counts). */
    public void put(List<PublishedVideo> videos) {
        if (videos.isEmpty()) {
            return;
        }
        Map<UserId, UserSummary> owners = users.find(videos.stream().map(PublishedVideo::owner).distinct().toList());
        Map<SoundId, SoundSummary> soundNames = sounds.find(videos.stream().map(PublishedVideo::sound)
                .filter(Objects::nonNull).distinct().toList());
        Map<VideoId, VideoStats.Counts> counts = stats.counts(videos.stream().map(PublishedVideo::id).toList());
        long generation = index.generation();
        for (PublishedVideo video : videos) {
            SoundSummary sound = video.sound() == null ? null : soundNames.get(video.sound());
            index.put(Fields.key(Fields.VIDEO, video.id().value()), IndexDocuments.video(video, owners.get(video.owner()),
                    sound == null ? null : sound.name(), counts.getOrDefault(video.id(), VideoStats.Counts.NONE), generation));
        }
    }

    public void deleteVideo(VideoId id) {
        index.delete(Fields.key(Fields.VIDEO, id.value()));
    }

    public void users(Collection<UserId> ids) {
        Map<UserId, UserSummary> found = users.find(ids);
        for (UserId id : ids) {
            UserSummary user = found.get(id);
            if (user == null) {
                index.delete(Fields.key(Fields.USER, id.value()));
            } else {
                index.put(Fields.key(Fields.USER, id.value()), IndexDocuments.user(user, index.generation()));
            }
        }
    }

    public void putUsers(List<UserSummary> page) {
        long generation = index.generation();
        page.forEach(user -> index.put(Fields.key(Fields.USER, user.userId().value()), IndexDocuments.user(user, generation)));
    }

    public void putSounds(List<SoundListing> page) {
        long generation = index.generation();
        page.forEach(sound -> index.put(Fields.key(Fields.SOUND, sound.soundId().value()), IndexDocuments.sound(sound, generation)));
    }

    /**
     * The videos of {@code owner} the index holds, including what was written a moment ago: their
     * documents carry the owner's names and privacy.
     */
    public List<VideoId> indexedVideosOf(UserId owner) {
        index.refresh();
        return index.read(searcher -> {
            var query = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.VIDEO)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.OWNER, Long.toString(owner.value()))),
                            org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            int total = Math.max(1, searcher.count(query));
            TopDocs hits = searcher.search(query, total);
            List<VideoId> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : hits.scoreDocs) {
                ids.add(new VideoId(stored.document(hit.doc).getField(Fields.ID).numericValue().longValue()));
            }
            return ids;
        });
    }
}
