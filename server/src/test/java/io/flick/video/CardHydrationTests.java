package io.flick.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.shared.UserId;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;
import io.flick.support.StatementCounter;

/**
 * Feed pages hydrate their cards in bulk: the queries a page costs depend on the kinds of data it
 * shows (videos, owners, blocks, follows, sounds, media, counts, the viewer's likes), never on how
 * many videos or creators it holds, and the privacy rules still hold card by card.
 */
class CardHydrationTests extends IntegrationTest {

    @Autowired
    VideoCatalog catalog;
    @Autowired
    SampleClips sampleClips;

    @Test
    void aPageOfManyCreatorsCostsAsManyQueriesAsAPageOfOne() {
        var viewer = accounts.signUp();
        var followed = accounts.signUp();
        var friend = accounts.signUp();
        var privateAccount = accounts.signUp();
        var stranger = accounts.signUp();
        api.post("/api/v1/users/" + followed.userId() + "/follow", null, viewer.accessToken());
        api.post("/api/v1/users/" + friend.userId() + "/follow", null, viewer.accessToken());
        api.post("/api/v1/users/" + viewer.userId() + "/follow", null, friend.accessToken());
        api.patch("/api/v1/users/me", Map.of("is_private", true), privateAccount.accessToken());

        PublishedVideos videos = new PublishedVideos(api, accounts, sampleClips);
        // One card that needs every kind of data: a friend's friends-only video needs both follow directions.
        String one = videos.publish(friend, "friends");
        List<String> many = new ArrayList<>(List.of(one,
                videos.publish(followed, "public"),
                videos.publish(friend, "public"),
                videos.publish(privateAccount, "public"),
                videos.publish(stranger, "public"),
                videos.publish(stranger, "friends")));
        Viewer me = Viewer.member(UserId.parse(viewer.userId()));
        List<VideoCard> cards = new ArrayList<>();

        int forOne = StatementCounter.count(() -> catalog.cards(List.of(VideoId.parse(one)), me));
        int forMany = StatementCounter.count(() -> cards.addAll(catalog.cards(many.stream().map(VideoId::parse).toList(), me)));

        assertThat(forOne).isPositive();
        assertThat(forMany).isEqualTo(forOne);
        // The private account's video and the stranger's friends-only video are not the viewer's to see.
        assertThat(cards).extracting(card -> card.videoId().toString()).containsExactly(many.get(0), many.get(1), many.get(2), many.get(4));
        assertThat(cards).extracting(card -> card.userEngagement().hasFollowed()).containsExactly(true, true, true, false);
    }
}
