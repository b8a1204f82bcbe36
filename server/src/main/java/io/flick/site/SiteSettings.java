package io.flick.site;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hosts host names a shared video page may name in its absolute links (Open Graph, canonical)
 *              when {@code flick.public-url} is unset. The request's {@code Host} is used only when it
 *              is one of these, so a forged {@code Host} header cannot put another site's address into
 *              a page that crawlers and caches keep; any other host gets the first of the list.
 */
@ConfigurationProperties("flick.site")
record SiteSettings(@DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> hosts) {

    SiteSettings {
        hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("flick.site.hosts needs at least one host name");
        }
    }

    boolean allows(String host) {
        return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
