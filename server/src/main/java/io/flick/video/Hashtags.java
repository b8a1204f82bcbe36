package io.flick.video;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.VideoId;
import io.flick.video.catalog.Videos;
import io.flick.video.upload.CaptionParser;

/**
 * Hashtags for other modules that name a tag (challenges, pages): the rule of what a hashtag is (the
 * one captions follow), and each tag's figures.
 */
@Service
public class Hashtags {

    private final Videos videos;
    private final VideoStats stats;

    Hashtags(Videos videos, VideoStats stats) {
        this.videos = videos;
        this.stats = stats;
    }

    /**
     * The tag as videos store it (NFKC, lower case, no {@code #}), or null when {@code text} is not
     * 1 to 100 letters, digits or underscores with or without a leading {@code #}.
     */
    public static String normalise(String text) {
        return CaptionParser.hashtag(text);
    }

    /** A hashtag as captions' hashtags are kept (with or without the #, lower case, NFKC), or empty if it is none. */
    public static Optional<String> parse(String text) {
        return Optional.ofNullable(CaptionParser.hashtag(text));
    }

    /** As {@link #parse}, or a 400 {@code validation_failed} on the field {@code hashtag}. */
    public static String require(String text) {
        return parse(text).orElseThrow(() -> new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.",
                List.of(new FieldError("hashtag", "invalid",
                        "must be 1 to 100 letters, digits or underscores, with or without a leading #"))));
    }

    /**
     * How many published public videos carry each tag and how often they were viewed (the folded view
     * counters), in two queries whatever the number of tags or videos; a tag nobody used has zeros.
     */
    public Map<String, Figures> figures(Collection<String> tags) {
        Map<String, List<VideoId>> tagged = videos.publicByHashtags(tags);
        Map<String, Long> views = stats.totalViews(tagged);
        Map<String, Figures> figures = new HashMap<>();
        for (String tag : tags) {
            figures.put(tag, new Figures(tagged.getOrDefault(tag, List.of()).size(), views.getOrDefault(tag, 0L)));
        }
        return figures;
    }

    public record Figures(long videoCount, long viewCount) {
    }
}
