package io.flick.feed.web;

import java.util.List;
import java.util.Locale;

import io.flick.feed.candidates.FeedReason;
import io.flick.feed.ranking.Score;

/** "Why this video", in words a person understands. */
final class Explanations {

    static String reason(FeedReason reason) {
        return switch (reason) {
            case FOLLOWED_CREATOR -> "You follow this creator.";
            case TRENDING -> "It's trending: many people are watching, liking and sharing it right now.";
            case POPULAR -> "It's one of the most watched videos on Flick.";
            case FRESH -> "It's new, and we're showing it to its first viewers.";
            case TOPIC -> "It has hashtags or a sound you've enjoyed.";
            case CO_ENGAGEMENT -> "People who liked the same videos as you also enjoyed this one.";
            case SIMILAR_CONTENT -> "It's about the same things as videos you watched to the end.";
            case DIVERSE -> "We're showing you a variety of topics while we learn what you like.";
            case REWATCH -> "You've seen everything else: here's one you watched a while ago.";
            case CATALOGUE -> "You've seen everything new: here's one from further back.";
        };
    }

    /** The parts that contributed most, described. */
    static List<Why.Signal> signals(Score score) {
        return score.parts().stream().filter(part -> part.contribution() > 0.01).limit(3)
                .map(part -> new Why.Signal(part.signal(), describe(part))).toList();
    }

    private static String describe(Score.Part part) {
        String percent = String.format(Locale.ROOT, "%.0f%%", part.value() * 100);
        return switch (part.signal()) {
            case "completion" -> "Viewers watch it through: " + percent + " of views are long views.";
            case "likes" -> part.value() > 0.5 ? "It gets more likes than most videos." : "It gets likes.";
            case "shares" -> part.value() > 0.5 ? "People share it more than most videos." : "People share it.";
            case "affinity" -> "It matches your interests (the topics, sounds and creators you engage with).";
            case "co_engagement" -> "Viewers with tastes like yours engaged with it.";
            case "creator_quality" -> "This creator's videos are usually watched through.";
            case "freshness" -> "It was posted recently.";
            case "followed_creator" -> "You follow this creator.";
            default -> "It was a strong match for the part of Flick that found it.";
        };
    }

    record Why(String videoId, FeedReason reason, String explanation, List<Signal> signals) {
        record Signal(String name, String description) {
        }
    }

    private Explanations() {
    }
}
