package io.flick.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.flick.media.samples.SampleClips;
import io.flick.support.IntegrationTest;
import io.flick.support.PublishedVideos;

/** The server delivers the web client: its routes, its assets, and previews of shared video links. */
class SiteTests extends IntegrationTest {

    @Autowired
    SampleClips sampleClips;

    @Test
    void everyClientRouteAnswersTheAppShellThatIsRevalidatedOnEachLoad() {
        for (String path : new String[] {"/", "/following", "/friends", "/discover", "/login", "/signup", "/upload", "/@ann",
                "/@ann.b_c/liked", "/@ann/saved", "/tag/dance", "/v/vid_unknown", "/@ann/video/vid_unknown",
                "/search?q=dance&type=users", "/tag/dance?sort=top", "/sound/snd_unknown", "/challenge/chl_unknown"}) {
            var page = api.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(page.body()).as(path).contains("<div id=\"app\"></div>").contains("/assets/");
        }
    }

    @Test
    void pathsTheClientDoesNotRouteStayProblemsForApiClients() {
        var missing = api.get("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("not_found");
        var anything = page("/no/such/page", "*/*");
        assertThat(anything.status()).isEqualTo(404);
        assertThat(anything.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aBrowserAskingForAnUnknownPageGetsTheAppShellWithStatus404() {
        for (String path : new String[] {"/no/such/page", "/@ann/nothing/here", "/v/", "/tag/a/b", "/sound/", "/challenge/a/b"}) {
            var page = page(path, BROWSER_ACCEPT);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(page.body()).as(path).contains("<div id=\"app\"></div>");
        }
    }

    @Test
    void unknownApiAndMediaAddressesStayProblemsEvenForABrowser() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/media/no/such.m3u8", "/assets/no-such.js"}) {
            var page = page(path, BROWSER_ACCEPT);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        // A POST to an unknown page is no page request either.
        var posted = api.exchange("POST", "/no/such/page", null, Map.of("Accept", BROWSER_ACCEPT), new byte[0]);
        assertThat(posted.header("Content-Type")).as(posted.toString()).startsWith("application/problem+json");
    }

    @Test
    void aVideoOpenedFromAProfileHasItsOwnAddressWithThePreviewOfASharedLink() {
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", "from the grid"));

        var page = api.get("/@" + creator.username() + "/video/" + video);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>@" + creator.username() + " on Flick</title>")
                .contains("<meta property=\"og:description\" content=\"from the grid\">")
                .contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/v/" + video + "\">");
    }

    /** What Chromium sends when it navigates to a page. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private io.flick.support.Api.Response page(String path, String accept) {
        return api.exchange("GET", path, null, Map.of("Accept", accept), null);
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        var matcher = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(api.get("/").body());
        assertThat(matcher.find()).isTrue();
        var script = api.get(matcher.group(1));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
    }

    @Test
    void aSharedPublicVideoPreviewsWithOpenGraphTags() {
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips)
                .publish(creator, Map.of("caption", "Sunset <ride> & \"waves\" #beach"));

        String html = api.get("/v/" + video).body();

        assertThat(html).contains("<meta property=\"og:title\" content=\"@" + creator.username() + " on Flick\">");
        assertThat(html).contains("<meta property=\"og:description\" content=\"Sunset &lt;ride&gt; &amp; &quot;waves&quot; #beach\">");
        assertThat(html).contains("<meta property=\"og:url\" content=\"http://localhost:" + port + "/v/" + video + "\">");
        assertThat(html).containsPattern("<meta property=\"og:image\" content=\"http://localhost:" + port + "/media/[^\"]+\\.jpg\">");
        assertThat(html).containsPattern("<meta property=\"og:video\" content=\"http://localhost:" + port + "/media/[^\"]+master\\.m3u8\">");
        assertThat(html).contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        assertThat(html).contains("<title>@" + creator.username() + " on Flick</title>");
    }

    @Test
    void aLinkToAVideoAVisitorMayNotSeeShowsNothingOfIt() {
        var creator = accounts.signUp();
        var published = new PublishedVideos(api, accounts, sampleClips);
        String privateVideo = published.publish(creator, Map.of("caption", "secret plans", "privacy", "private"));
        String friendsVideo = published.publish(creator, Map.of("caption", "friends only plans", "privacy", "friends"));

        for (String video : new String[] {privateVideo, friendsVideo, "vid_unknown", "not-an-id"}) {
            var page = api.get("/v/" + video);
            assertThat(page.status()).as(video).isEqualTo(200);
            assertThat(page.body()).as(video).doesNotContain("plans").doesNotContain(creator.username())
                    .contains("<meta property=\"og:title\" content=\"Flick\">")
                    .contains("<meta name=\"robots\" content=\"noindex\">");
        }
    }

    @Test
    void dollarsAndBackslashesInADisplayNameAreShownAsWrittenAndInjectNothing() {
        var creator = accounts.signUp();
        var named = api.patch("/api/v1/users/me", Map.of("display_name", "$0 \\ $1 cash\\$"), creator.accessToken());
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", "money"));

        var page = api.get("/v/" + video);

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        String title = "$0 \\ $1 cash\\$ (@" + creator.username() + ") on Flick";
        assertThat(page.body()).contains("<title>" + title + "</title>")
                .contains("<meta property=\"og:title\" content=\"" + title + "\">");
        assertThat(page.body().split("<title>", -1)).as("one title, none injected by $0").hasSize(2);
    }

    @Test
    void aForgedHostHeaderNeverReachesTheLinksOfASharedPage() throws Exception {
        var creator = accounts.signUp();
        String video = new PublishedVideos(api, accounts, sampleClips).publish(creator, Map.of("caption", "hosts"));

        for (String host : new String[] {"evil.example", "evil.example:" + port, "localhost.evil.example"}) {
            String page = rawGet("/v/" + video, host);

            assertThat(page).as(host).startsWith("HTTP/1.1 200").doesNotContain("evil");
            assertThat(page).as(host).contains("<meta property=\"og:url\" content=\"http://localhost:" + port + "/v/" + video + "\">")
                    .containsPattern("<meta property=\"og:image\" content=\"http://localhost:" + port + "/media/")
                    .contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/v/" + video + "\">");
        }
        assertThat(rawGet("/v/" + video, "127.0.0.1:" + port))
                .contains("<meta property=\"og:url\" content=\"http://127.0.0.1:" + port + "/v/" + video + "\">");
    }

    /** A request with any Host header, which Java's HTTP client refuses to send. */
    private String rawGet(String path, String host) throws java.io.IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
