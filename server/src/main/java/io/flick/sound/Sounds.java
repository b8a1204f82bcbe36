package io.flick.sound;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import io.flick.account.UserDirectory;
import io.flick.shared.FlickException;
import io.flick.shared.IdGenerator;
import io.flick.shared.SoundId;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** The sound library's API for other modules. */
@Service
public class Sounds {

    private final StoredSounds catalog;
    private final SoundAccess access;
    private final UserDirectory users;
    private final IdGenerator ids;
    private final Clock clock;
    private final io.flick.media.MediaProcessing media;
    private final ApplicationEventPublisher events;

    Sounds(StoredSounds catalog, SoundAccess access, UserDirectory users, IdGenerator ids, Clock clock,
           io.flick.media.MediaProcessing media, ApplicationEventPublisher events) {
        this.media = media;
        this.events = events;
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Registers a clip's own audio as its original sound ("Original sound - @username"), used once
     * by that clip. Registering the same asset again returns the same sound.
     */
    public SoundSummary registerOriginal(UserId owner, long sourceAssetId, double duration) {
        String username = users.find(owner).map(user -> user.username()).orElse("unknown");
        SoundId id = new SoundId(ids.next());
        SoundRow sound = catalog.addOriginal(id, owner, "Original sound - @" + username, duration, sourceAssetId,
                clock.instant());
        if (sound.id().equals(id)) {
            events.publishEvent(new SoundRegistered(sound.id(), owner, sound.name(), sound.original()));
        }
        return sound.summary();
    }

    /**
     * Every sound in id order, a page at a time, whoever may hear it, for modules that derive state
     * from the whole library (the search index's rebuild); what a caller may hear is {@link #audible}.
     *
     * @param after the last id of the previous page; null for the first page
     */
    public List<SoundListing> all(SoundId after, int limit) {
        return catalog.after(after, limit).stream().map(SoundRow::listing).toList();
    }

    /** These sounds as lists show them, whoever may hear them (for derived state; absent when unknown). */
    public List<SoundListing> listings(Collection<SoundId> sounds) {
        return catalog.find(sounds).stream().map(SoundRow::listing).toList();
    }

    public Optional<SoundSummary> find(SoundId sound) {
        return catalog.find(sound).map(SoundRow::summary);
    }

    /** The sound if {@code listener} may hear it; empty (as if it did not exist) otherwise. */
    public Optional<SoundSummary> audible(SoundId sound, Viewer listener) {
        return hearable(sound, listener).map(SoundRow::summary);
    }

    public Map<SoundId, SoundSummary> find(Collection<SoundId> sounds) {
        return catalog.find(sounds).stream().map(SoundRow::summary)
                .collect(Collectors.toMap(SoundSummary::soundId, Function.identity()));
    }

    /** The sound if the viewer may hear it, else 404 {@code sound_not_found} (a sound they may not hear does not exist for them). */
    public SoundListing requireAudible(SoundId sound, Viewer viewer) {
        return hearable(sound, viewer).map(SoundRow::listing)
                .orElseThrow(() -> new FlickException(SoundProblem.SOUND_NOT_FOUND, "There is no such sound."));
    }

    private Optional<SoundRow> hearable(SoundId sound, Viewer listener) {
        return catalog.find(sound).filter(row -> access.canHear(row, listener));
    }

    /**
     * Of {@code sounds}, in their order, those the viewer may hear (the rule of the sound's own page;
     * unknown ones left out), in a fixed number of queries whatever their number.
     */
    public List<SoundListing> audible(List<SoundId> sounds, Viewer viewer) {
        Map<SoundId, SoundRow> rows = catalog.find(sounds).stream().collect(Collectors.toMap(SoundRow::id, Function.identity()));
        List<SoundRow> ordered = sounds.stream().distinct().map(rows::get).filter(java.util.Objects::nonNull).toList();
        return access.audible(ordered, viewer).stream().map(SoundRow::listing).toList();
    }

    /**
     * The asset whose audio track is this sound, for a clip of {@code user} that reuses it; empty when
     * there is no such sound or the user may not hear it (as if it did not exist). Reusing a sound of a
     * public clip publishes it: the clips that reuse it keep their sound should the original be hidden.
     * A sound whose original clip was deleted cannot be reused (its audio track went with the clip's
     * files); the clips that already reused it keep their own copy.
     */
    public Optional<Long> reuse(SoundId sound, UserId user) {
        return catalog.find(sound).filter(row -> access.canHear(row, Viewer.member(user)))
                .filter(row -> media.asset(row.sourceAssetId()).isPresent()).map(row -> {
            if (!row.published() && access.fromPublicClip(row)) {
                catalog.publish(row.id());
            }
            return row.sourceAssetId();
        });
    }

    /** Another clip uses this sound. */
    public void countUse(SoundId sound) {
        catalog.countUse(sound);
    }

    /** A clip that used this sound (its original or a reuse) was deleted. */
    public void dropUse(SoundId sound) {
        catalog.dropUse(sound);
    }
}
