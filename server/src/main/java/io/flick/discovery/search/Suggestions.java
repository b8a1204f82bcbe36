package io.flick.discovery.search;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;

import io.flick.account.UserSummary;
import io.flick.discovery.recent.RecentSearches;
import io.flick.shared.SoundId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;

/**
 * Type-ahead across every kind, at most {@value #MAX}: the caller's own recent searches that start
 * with what is typed, then hashtags, people, sounds and videos whose words start with it (the last
 * word a prefix, even of one letter), each as far as the caller may see it. Suggest never records a
 * search.
 */
@Component
class Suggestions {

    static final int MAX = 10;

    private final RecentSearches recent;
    private final HashtagSearch hashtags;
    private final PeopleSearch people;
    private final SoundSearch sounds;
    private final VideoSearch videos;

    Suggestions(RecentSearches recent, HashtagSearch hashtags, PeopleSearch people, SoundSearch sounds,
                VideoSearch videos) {
        this.recent = recent;
        this.hashtags = hashtags;
        this.people = people;
        this.sounds = sounds;
        this.videos = videos;
    }

    /** One suggestion; only the fields of its type are present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Suggestion(String type, String text, UserSummary user, String hashtag, Long videoCount, SoundId soundId,
                      VideoId videoId, String thumbnailUrl) {
    }

    List<Suggestion> suggest(SearchText text, Viewer viewer) {
        List<Suggestion> found = new ArrayList<>();
        viewer.signedIn().ifPresent(me -> recent.startingWith(me, text.text(), 3)
                .forEach(query -> found.add(new Suggestion("query", query, null, null, null, null, null, null))));
        hashtags.top(text, viewer, 3).forEach(tag -> found.add(new Suggestion("hashtag", "#" + tag.hashtag(), null,
                tag.hashtag(), tag.videoCount(), null, null, null)));
        people.top(text, viewer, 3).forEach(person -> found.add(new Suggestion("user", person.user().username(),
                person.user(), null, null, null, null, null)));
        sounds.top(text, viewer, 2).forEach(sound -> found.add(new Suggestion("sound", sound.name(), null, null, null,
                sound.soundId(), null, null)));
        videos.top(text, viewer, 2).forEach(card -> found.add(new Suggestion("video", shortened(card.caption()), null,
                null, null, null, card.videoId(), card.thumbnailUrl())));
        return found.size() > MAX ? List.copyOf(found.subList(0, MAX)) : found;
    }

    private static String shortened(String caption) {
        if (caption == null) {
            return "";
        }
        return caption.codePointCount(0, caption.length()) <= 80 ? caption
                : caption.substring(0, caption.offsetByCodePoints(0, 79)) + "…";
    }
}
