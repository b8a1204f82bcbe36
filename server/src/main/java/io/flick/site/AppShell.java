package io.flick.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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

    private final String html;

    AppShell() {
        this(read());
    }

    AppShell(String html) {
        this.html = html.contains(MARKER) ? html : html.replace("</head>", MARKER + "</head>");
    }

    String page() {
        return html;
    }

    /** The page with {@code headTags} (already escaped) in its head, replacing the default title. */
    String page(String title, String headTags) {
        return html.replaceFirst("<title>[^<]*</title>", "<title>" + title + "</title>").replace(MARKER, headTags);
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
