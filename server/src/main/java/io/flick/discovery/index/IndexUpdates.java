package io.flick.discovery.index;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import io.flick.account.AccountPrivacyChanged;
import io.flick.account.ProfileChanged;
import io.flick.account.UserRegistered;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.sound.SoundRegistered;
import io.flick.sound.Sounds;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoEdited;
import io.flick.video.VideoPublished;

/**
 * Keeps the index current from the other modules' events. Each listener runs after the publishing
 * transaction committed, outside any transaction of its own (index work is not database work),
 * re-reads what changed through the owning module and commits the index before it returns, so an
 * event marked complete in the publication log is in the index on disk; a failure leaves the
 * publication incomplete, to be retried at the next start.
 * <p>
 * One event at a time: a video published while its creator is renamed is then either indexed after
 * the rename (reading the new name) or found by the rename's re-index of the creator's videos.
 */
@Component
class IndexUpdates {

    private final Indexer indexer;
    private final IndexRebuild rebuild;
    private final SearchIndex index;
    private final Sounds sounds;

    IndexUpdates(Indexer indexer, IndexRebuild rebuild, SearchIndex index, Sounds sounds) {
        this.indexer = indexer;
        this.rebuild = rebuild;
        this.index = index;
        this.sounds = sounds;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(VideoPublished event) {
        video(event.video());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(VideoEdited event) {
        video(event.video());
    }

    /** Deleted as the event says, whatever the catalog still holds (its row may go later, by a job). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(VideoDeleted event) {
        rebuild.deleted(event.video());
        indexer.deleteVideo(event.video());
        index.commit();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(UserRegistered event) {
        indexer.users(List.of(event.user()));
        index.commit();
    }

    /** The user's own document and every video of theirs, which carry their names. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(ProfileChanged event) {
        userAndVideos(event.user());
    }

    /** Whether anyone may see a user's public videos decides which hashtags count them. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(AccountPrivacyChanged event) {
        userAndVideos(event.user());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    synchronized void on(SoundRegistered event) {
        indexer.putSounds(sounds.listings(List.of(event.sound())));
        index.commit();
    }

    private void video(VideoId video) {
        indexer.videos(List.of(video));
        index.commit();
    }

    private void userAndVideos(UserId user) {
        indexer.users(List.of(user));
        indexer.videos(indexer.indexedVideosOf(user));
        index.commit();
    }
}
