package io.flick.site;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The client build's files. The build writes a brotli ({@code .br}) and a gzip ({@code .gz}) copy
 * beside each text file (web/precompress.ts); the copy the request's {@code Accept-Encoding} allows
 * is sent as it is, with {@code Content-Encoding}, the original's {@code Content-Type} and
 * {@code Vary: Accept-Encoding}, so nothing is compressed per request. Caching by kind:
 * <ul>
 * <li>{@code /assets/**} carry a content hash in their names and never change: a year, immutable.</li>
 * <li>{@code /sw.js} and the manifest name the current release: revalidated on every use, so a
 * release is picked up at once.</li>
 * <li>icons: a day.</li>
 * </ul>
 * {@code index.html} is not here: {@link ClientRoutes} answers every client route with it.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    private static final String ROOT = "classpath:/META-INF/resources/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        precompressed(registry.addResourceHandler("/assets/**")
                .addResourceLocations(ROOT + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()));
        precompressed(registry.addResourceHandler("/sw.js", "/manifest.webmanifest")
                .addResourceLocations(ROOT)
                .setCacheControl(CacheControl.noCache()));
        // A pattern's location is where the part after its wildcard is looked up: one per folder.
        var aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        precompressed(registry.addResourceHandler("/icons/**").addResourceLocations(ROOT + "icons/").setCacheControl(aDay));
        precompressed(registry.addResourceHandler("/favicon.svg").addResourceLocations(ROOT).setCacheControl(aDay));
    }

    private static void precompressed(ResourceHandlerRegistration registration) {
        // No resolver cache: the files are on the classpath, and a cache keyed by encoding buys nothing.
        registration.resourceChain(false)
                .addResolver(new BrotliFirst())
                .addResolver(new PathResourceResolver());
    }
}
