package io.flick.site;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.flick.platform.FlickSettings;

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

    ClientRoutes(AppShell shell, SharedVideoPreview previews, FlickSettings settings) {
        this.shell = shell;
        this.previews = previews;
        this.settings = settings;
    }

    @GetMapping({"/", "/following", "/friends", "/login", "/signup", "/upload", "/@{username}", "/@{username}/liked",
            "/tag/{tag}"})
    ResponseEntity<String> app() {
        return html(shell.page());
    }

    @GetMapping("/v/{videoId}")
    ResponseEntity<String> sharedVideo(@PathVariable String videoId) {
        URI base = base();
        var preview = previews.of(videoId, base).orElseGet(() -> SharedVideoPreview.generic());
        return html(shell.page(preview.title(), preview.headTags()));
    }

    /** The address crawlers must use: the configured public URL, else what this request came to. */
    private URI base() {
        if (settings.publicUrl() != null) {
            return settings.publicUrl();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
    }

    // The shell names the current build's hashed assets: revalidate it on every load.
    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(body);
    }
}
