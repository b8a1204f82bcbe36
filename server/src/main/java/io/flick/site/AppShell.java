package io.flick.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The client's {@code index.html}, read once from the classpath. Pages that need tags in the
 * head (a shared video's preview) get them where the build left the {@code <!--flick:head-->}
 * marker; every other route gets the page as built.
 */
@Component
class AppShell {

    static final String LOCATION = "META-INF/resources/index.html";
    private static final String MARKER = "<!--flick:head-->";
    // Without the client build (a server started from an IDE without the web module), say so plainly.
    private static final String MISSING = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flick</title><!--flick:head--></head>
            <body><p>The web client is not built. Run <code>./mvnw -DskipTests package</code> first.</p></body></html>""";

    private static final Pattern TITLE = Pattern.compile("<title>[^<]*</title>");

    private final String html;
    // The shell cut around its title and the marker, so a page is put together by plain concatenation:
    // titles and tags carry user text (a display name may hold $ or \), which a regex replacement would interpret.
    private final String beforeTitle;
    private final String betweenTitleAndMarker;
    private final String afterMarker;

    AppShell() {
        this(read());
    }

    AppShell(String html) {
        this.html = html.contains(MARKER) ? html : html.replace("</head>", MARKER + "</head>");
        int marker = this.html.indexOf(MARKER);
        Matcher title = TITLE.matcher(this.html);
        boolean titleBeforeMarker = title.find() && title.end() <= marker;
        this.beforeTitle = this.html.substring(0, titleBeforeMarker ? title.start() : marker);
        this.betweenTitleAndMarker = titleBeforeMarker ? this.html.substring(title.end(), marker) : "";
        this.afterMarker = this.html.substring(marker + MARKER.length());
    }

    String page() {
        return html;
    }

    /** The page with {@code title} and {@code headTags} (both already escaped) in its head, replacing the default title. */
    String page(String title, String headTags) {
        return beforeTitle + "<title>" + title + "</title>" + betweenTitleAndMarker + headTags + afterMarker;
    }

    private static String read() {
        var resource = new ClassPathResource(LOCATION);
        if (!resource.exists()) {
            return MISSING;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the web client's " + LOCATION, e);
        }
    }
}
