/**
 * Media knows assets (uploads, renditions, thumbnails, audio), never videos: it turns an uploaded
 * file into an HLS ladder, thumbnails and an audio track and says where they are, while the catalog
 * of videos, their captions and their owners belong to other modules, which refer to assets by id.
 */
@ApplicationModule(displayName = "Media")
package io.flick.media;

import org.springframework.modulith.ApplicationModule;
