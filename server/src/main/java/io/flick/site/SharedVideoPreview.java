package io.flick.site;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.flick.account.UserSummary;
import io.flick.shared.PublicIds;
import io.flick.shared.VideoId;
import io.flick.shared.Viewer;
import io.flick.video.VideoCard;
import io.flick.video.VideoCatalog;

/**
 * The Open Graph and Twitter card tags of a shared video link. Only a video that an anonymous
 * visitor may watch is described: for any other (private, friends-only, a private account's,
 * still processing, unknown) the page is the generic one, so a link never leaks a caption.
 */
@Component
class SharedVideoPreview {

    static final String SITE = "Flick";
    private static final int DESCRIPTION_LIMIT = 200;

    private final VideoCatalog catalog;

    SharedVideoPreview(VideoCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<Preview> of(String videoId, URI base) {
        VideoId id;
        try {
            id = VideoId.parse(videoId);
        } catch (PublicIds.InvalidIdException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return catalog.cards(List.of(id), Viewer.anonymous()).stream()
                .filter(card -> "published".equals(card.status()) && card.thumbnailUrl() != null)
                .findFirst()
                .map(card -> preview(card, base));
    }

    private static Preview preview(VideoCard card, URI base) {
        UserSummary author = card.user();
        String name = author.displayName() == null || author.displayName().isBlank()
                || author.displayName().equals(author.username())
                ? "@" + author.username() : author.displayName() + " (@" + author.username() + ")";
        String title = name + " on " + SITE;
        String caption = card.caption() == null || card.caption().isBlank()
                ? "A video by @" + author.username() + " on " + SITE + "." : shorten(card.caption().strip());
        String url = absolute(base, "/v/" + card.videoId());
        String image = absolute(base, card.thumbnailUrl());
        var tags = new StringBuilder();
        meta(tags, "property", "og:site_name", SITE);
        meta(tags, "property", "og:type", "video.other");
        meta(tags, "property", "og:title", title);
        meta(tags, "property", "og:description", caption);
        meta(tags, "property", "og:url", url);
        meta(tags, "property", "og:image", image);
        String master = card.videoUrls().get("master");
        if (master != null) {
            meta(tags, "property", "og:video", absolute(base, master));
            meta(tags, "property", "og:video:type", "application/x-mpegURL");
            if (card.width() != null && card.height() != null) {
                meta(tags, "property", "og:video:width", card.width().toString());
                meta(tags, "property", "og:video:height", card.height().toString());
            }
        }
        meta(tags, "name", "twitter:card", "summary_large_image");
        meta(tags, "name", "twitter:title", title);
        meta(tags, "name", "twitter:description", caption);
        meta(tags, "name", "twitter:image", image);
        tags.append("<link rel=\"canonical\" href=\"").append(HtmlUtils.htmlEscape(url)).append("\">");
        return new Preview(HtmlUtils.htmlEscape(title), tags.toString());
    }

    /** The tags for a link that shows nothing about the video. */
    static Preview generic() {
        var tags = new StringBuilder();
        meta(tags, "property", "og:site_name", SITE);
        meta(tags, "property", "og:type", "website");
        meta(tags, "property", "og:title", SITE);
        meta(tags, "property", "og:description", "Watch short videos on " + SITE + ".");
        meta(tags, "name", "robots", "noindex");
        return new Preview(SITE, tags.toString());
    }

    private static void meta(StringBuilder tags, String attribute, String key, String value) {
        tags.append("<meta ").append(attribute).append("=\"").append(key).append("\" content=\"")
                .append(HtmlUtils.htmlEscape(value)).append("\">");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= DESCRIPTION_LIMIT) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, DESCRIPTION_LIMIT - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }

    /** Media links are relative on the embedded default and absolute behind a CDN; crawlers need absolute. */
    private static String absolute(URI base, String link) {
        return base.resolve(link).toString();
    }

    record Preview(String title, String headTags) {
    }
}
