package io.flick.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.flick.demo.DemoScript.Post;
import io.flick.media.samples.Visual;

/** The demo catalogue's plan, checked without encoding anything: a feed's worth of varied clips. */
class DemoScriptTests {

    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern MENTION = Pattern.compile("@([\\w.]+)");

    @Test
    void fortyDistinctClipsWithDistinctCaptions() {
        assertThat(DemoScript.POSTS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(DemoScript.POSTS.stream().map(Post::clip).distinct()).hasSameSizeAs(DemoScript.POSTS);
        assertThat(DemoScript.POSTS.stream().map(Post::caption).distinct()).hasSameSizeAs(DemoScript.POSTS);
        assertThat(DemoScript.POSTS).allSatisfy(post -> {
            assertThat(post.clip().width()).isEqualTo(360);
            assertThat(post.clip().seconds()).isBetween(4.0, 10.0);
        });
    }

    @Test
    void everyCreatorPostsSeveralClipsAndTheDefaultSettingSeedsThemAll() {
        Map<Integer, Long> perCreator = DemoScript.POSTS.stream().collect(Collectors.groupingBy(Post::creator, Collectors.counting()));
        assertThat(perCreator).hasSize(DemoScript.CREATORS.size());
        assertThat(perCreator.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
        assertThat(DemoScript.CREATORS.stream().map(DemoScript.Creator::username).distinct()).hasSameSizeAs(DemoScript.CREATORS);
        assertThat(DemoScript.CREATORS).allSatisfy(creator -> assertThat(creator.displayName()).isNotBlank());
        assertThat(new DemoSettings(true, 40, java.time.Duration.ofSeconds(30), null).clips()).isEqualTo(DemoScript.POSTS.size());
    }

    @Test
    void hashtagsAreSharedAcrossPostsAndMentionsNameDemoCreators() {
        Map<String, Long> tags = DemoScript.POSTS.stream()
                .flatMap(post -> HASHTAG.matcher(post.caption()).results().map(match -> match.group(1)))
                .collect(Collectors.groupingBy(tag -> tag, Collectors.counting()));
        assertThat(DemoScript.POSTS).allSatisfy(post -> assertThat(post.caption()).containsPattern(HASHTAG));
        assertThat(tags).hasSizeGreaterThanOrEqualTo(20);
        // Hashtag pages with several clips, and none that is every clip.
        assertThat(tags.values().stream().filter(count -> count >= 3)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(tags.values()).allSatisfy(count -> assertThat(count).isLessThan(DemoScript.POSTS.size() / 2));
        Set<String> usernames = DemoScript.CREATORS.stream().map(DemoScript.Creator::username).collect(Collectors.toSet());
        assertThat(DemoScript.POSTS.stream().flatMap(post -> MENTION.matcher(post.caption()).results()
                .map(match -> match.group(1).replaceAll("'s$|\\.$", "")))).isNotEmpty().allSatisfy(name -> assertThat(usernames).contains(name));
    }

    @Test
    void originalSoundsAreDistinctTunesAndSomePostsReuseAnEarlierOne() {
        List<Post> originals = DemoScript.POSTS.stream().filter(post -> !post.reusesSound()).toList();
        assertThat(originals.stream().map(post -> post.clip().tune()).distinct()).hasSizeGreaterThanOrEqualTo(8);
        List<Integer> reusing = new java.util.ArrayList<>();
        for (int index = 0; index < DemoScript.POSTS.size(); index++) {
            Post post = DemoScript.POSTS.get(index);
            if (post.reusesSound()) {
                reusing.add(index);
                Post original = DemoScript.POSTS.get(post.soundOf());
                assertThat(original.reusesSound()).as("post %d reuses an original sound", index).isFalse();
                // Well after the original, so it is published by then and seeding does not wait.
                assertThat(post.soundOf()).as("post %d", index).isLessThanOrEqualTo(index - 8);
                if (post.clip().visual() instanceof Visual.Swarm) {
                    assertThat(post.clip().tune()).as("a swarm draws the music it plays").isEqualTo(original.clip().tune());
                }
            }
        }
        assertThat(reusing).hasSizeGreaterThanOrEqualTo(5);
        // One sound reused by several creators: a trend.
        assertThat(reusing.stream().collect(Collectors.groupingBy(index -> DemoScript.POSTS.get(index).soundOf(), Collectors.counting()))
                .values()).anySatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(3));
    }

    @Test
    void everyKindOfPictureAppearsSeveralTimesWithATitleThatFitsThePhone() {
        Map<Class<?>, Long> kinds = DemoScript.POSTS.stream()
                .collect(Collectors.groupingBy(post -> post.clip().visual().getClass(), Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(Visual.class.getPermittedSubclasses());
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(4));
        Set<String> titles = new HashSet<>();
        assertThat(DemoScript.POSTS).allSatisfy(post -> {
            List<String> lines = post.clip().title().lines().toList();
            assertThat(lines).hasSizeBetween(1, 2);
            // About 20 px a character at the title's size: 14 fit in 360 px with a margin.
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).isBetween(1, 14));
            titles.add(post.clip().title());
        });
        assertThat(titles).hasSameSizeAs(DemoScript.POSTS);
    }
}
