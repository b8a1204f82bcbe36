package io.flick.feed;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.flick.feed.similarity.MiniLmEmbedder;
import io.flick.sound.SoundSummary;
import io.flick.video.VideoPublished;

/**
 * What the feed knows a video by for content similarity: its text, and the model that embeds it.
 * Published for tools that precompute a catalogue's vectors outside a server (the feed latency
 * benchmark's world), so their vectors are the ones the server would compute.
 */
public final class FeedText {

    /** A video's text: the caption, the hashtags and the sound's name; "video" when all are empty. */
    public static String of(VideoPublished event, Optional<SoundSummary> sound) {
        return of(event.caption(), event.hashtags(), sound);
    }

    /** The same text for a video as it is after an edit. */
    public static String of(String caption, java.util.List<String> hashtags, Optional<SoundSummary> sound) {
        String text = Stream.of(Optional.ofNullable(caption).orElse(""),
                        hashtags.stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")),
                        sound.map(SoundSummary::name).orElse(""))
                .filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
        return text.isBlank() ? "video" : text;
    }

    /** A new instance of the server's text embedding model (loading it takes a second or two). */
    public static TextEmbedder embedder() {
        return new MiniLmEmbedder();
    }

    private FeedText() {
    }
}
