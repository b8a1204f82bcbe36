package io.flick.feed.signals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import io.flick.feed.FeedText;
import io.flick.feed.SignalKind;
import io.flick.engagement.VideoLiked;
import io.flick.engagement.VideoShared;
import io.flick.engagement.VideoViewed;
import io.flick.feed.model.Item;
import io.flick.social.UserFollowed;
import io.flick.social.UserUnfollowed;
import io.flick.sound.SoundSummary;
import io.flick.sound.Sounds;
import io.flick.video.Privacy;
import io.flick.video.VideoDeleted;
import io.flick.video.VideoEdited;
import io.flick.video.VideoPublished;

/**
 * Other modules' events, turned into the feed's catalogue entries and signals. The translations
 * are public so that {@link io.flick.feed.FeedReplay} replays recorded data through exactly this code.
 */
@Component
public class FeedEventListeners {

    private final FeedItems catalog;
    private final FeedSignals signals;
    private final Sounds sounds;
    private final Clock clock;

    FeedEventListeners(FeedItems catalog, FeedSignals signals, Sounds sounds, Clock clock) {
        this.catalog = catalog;
        this.signals = signals;
        this.sounds = sounds;
        this.clock = clock;
    }

    /** Outside a transaction: computing the embedding is model inference, not database work. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(VideoPublished event) {
        catalog.add(List.of(published(event, event.sound() == null ? Optional.empty() : sounds.find(event.sound()))));
    }

    /** Outside a transaction too: the edited text is embedded again. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(VideoEdited event) {
        Optional<SoundSummary> sound = catalog.soundOf(event.video().value()).flatMap(sounds::find);
        catalog.edit(event.video().value(), event.privacy() == Privacy.PUBLIC, event.hashtags(),
                FeedText.of(event.caption(), event.hashtags(), sound));
    }

    @ApplicationModuleListener
    public void on(VideoDeleted event) {
        catalog.remove(event.video().value());
    }

    @ApplicationModuleListener
    public void on(VideoViewed event) {
        signals.record(signal(event));
    }

    @ApplicationModuleListener
    public void on(VideoLiked event) {
        signals.record(signal(event, clock.instant()));
    }

    @ApplicationModuleListener
    public void on(VideoShared event) {
        signals.record(signal(event));
    }

    @ApplicationModuleListener
    public void on(UserFollowed event) {
        signals.record(signal(event, clock.instant()));
    }

    @ApplicationModuleListener
    public void on(UserUnfollowed event) {
        signals.record(Signal.of(SignalKind.UNFOLLOW, event.follower().value(), event.followee().value(), clock.instant()));
    }

    /** The catalogue entry of a published video: its text is the caption, the hashtags and the sound's name. */
    public static FeedItems.Published published(VideoPublished event, Optional<SoundSummary> sound) {
        Item item = new Item(event.video().value(), event.owner().value(), event.sound() == null ? 0 : event.sound().value(),
                List.copyOf(event.hashtags()), event.durationSeconds(), event.publishedAt(), event.privacy() == Privacy.PUBLIC,
                null);
        return new FeedItems.Published(item, FeedText.of(event, sound));
    }

    public static Signal signal(VideoViewed event) {
        return Signal.view(event.user() == null ? null : event.user().value(), event.video().value(), event.watchTime(),
                event.completionRate(), event.at());
    }

    public static Signal signal(VideoShared event) {
        return Signal.of(SignalKind.SHARE, event.user().value(), event.video().value(), event.at());
    }

    public static Signal signal(UserFollowed event, Instant at) {
        return Signal.of(SignalKind.FOLLOW, event.follower().value(), event.followee().value(), at);
    }

    public static Signal signal(VideoLiked event, Instant at) {
        return Signal.of(SignalKind.LIKE, event.user().value(), event.video().value(), at);
    }
}
