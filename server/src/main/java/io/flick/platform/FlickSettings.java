package io.flick.platform;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may read.
 *
 * @param dataDir   where the embedded default keeps its state (database, media, keys, indexes)
 * @param publicUrl the address clients reach this server at, used to build absolute links; when
 *                  unset, links are built from the port
 */
@ConfigurationProperties("flick")
public record FlickSettings(@DefaultValue("./data") Path dataDir, URI publicUrl) {
}
