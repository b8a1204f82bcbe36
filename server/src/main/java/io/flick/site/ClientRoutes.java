package io.flick.site;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.flick.platform.FlickSettings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every path the client routes itself answers with the client's page, so links and reloads work;
 * a shared video link also carries its preview tags. Keep the list in step with the client's
 * router ({@code web/src/ui/router.ts}); anything else stays a 404 problem.
 */
@RestController
class ClientRoutes {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final AppShell shell;
    private final SharedVideoPreview previews;
    private final FlickSettings settings;
    private final SiteSettings site;

    ClientRoutes(AppShell shell, SharedVideoPreview previews, FlickSettings settings, SiteSettings site) {
        this.shell = shell;
        this.previews = previews;
        this.settings = settings;
        this.site = site;
    }

    @GetMapping({"/", "/following", "/friends", "/discover", "/login", "/signup", "/upload", "/@{username}",
            "/@{username}/liked", "/@{username}/saved", "/tag/{tag}", "/search", "/sound/{soundId}",
            "/challenge/{challengeId}"})
    ResponseEntity<String> app() {
        return html(shell.page());
    }

    /** A video opened from a profile's grid has its own address, previewed as a shared link is. */
    @GetMapping({"/v/{videoId}", "/@{username}/video/{videoId}"})
    ResponseEntity<String> sharedVideo(@PathVariable String videoId, HttpServletRequest request) {
        URI base = base(request);
        var preview = previews.of(videoId, base).orElseGet(() -> SharedVideoPreview.generic());
        return html(shell.page(preview.title(), preview.headTags()));
    }

    /**
     * The address crawlers must use: the configured public URL, else this server's own port on the
     * host the request named when that host is an allowed one (never a forged {@code Host}).
     */
    private URI base(HttpServletRequest request) {
        if (settings.publicUrl() != null) {
            return settings.publicUrl();
        }
        String host = site.allows(request.getServerName()) ? request.getServerName() : site.hosts().getFirst();
        String scheme = request.isSecure() ? "https" : "http";
        return UriComponentsBuilder.newInstance().scheme(scheme).host(host).port(request.getLocalPort()).path("/")
                .build().toUri();
    }

    // The shell names the current build's hashed assets: revalidate it on every load.
    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(body);
    }
}
