/**
 * The video catalog: a video is created from an upload with its caption, hashtags, mentions,
 * sound and privacy, processed by media, and published once playable. Other modules see videos
 * through the events here ({@link io.flick.video.VideoPublished}) and, later, card queries.
 */
@ApplicationModule(displayName = "Videos")
package io.flick.video;

import org.springframework.modulith.ApplicationModule;
