package io.flick.discovery.hashtags;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.flick.challenge.ChallengeSummary;
import io.flick.platform.CurrentUser;
import io.flick.shared.Viewer;
import io.flick.video.Hashtags;

/**
 * A hashtag's page header ({@code GET /hashtags/{hashtag}}): how many public videos carry it and how
 * often they were viewed (the video module's figures, two queries whatever the tag's size), and its
 * challenge. Its videos are the video module's {@code /hashtags/{hashtag}/videos}. A tag nobody used
 * is a page with zeros; what is not a hashtag is a 400, as for the list.
 */
@RestController
class HashtagController {

    private final Hashtags hashtags;
    private final HashtagChallenge challenges;

    HashtagController(Hashtags hashtags, HashtagChallenge challenges) {
        this.hashtags = hashtags;
        this.challenges = challenges;
    }

    @GetMapping("/api/v1/hashtags/{hashtag}")
    HashtagPage hashtag(@PathVariable String hashtag, @CurrentUser Viewer viewer) {
        String tag = Hashtags.require(hashtag);
        Hashtags.Figures figures = hashtags.figures(java.util.List.of(tag)).get(tag);
        return new HashtagPage(tag, figures.videoCount(), figures.viewCount(), challenges.forHashtag(tag, viewer));
    }

    /** @param challenge the hashtag's challenge, or null (see {@link HashtagChallenge}) */
    record HashtagPage(String hashtag, long videoCount, long viewCount, ChallengeSummary challenge) {
    }
}
