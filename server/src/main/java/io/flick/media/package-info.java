/**
 * Media knows assets (uploads, renditions, thumbnails, audio), never videos: it receives bytes
 * (signed direct PUT or tus resumable uploads), turns an upload into an HLS ladder with thumbnails
 * and an audio track in durable jobs, and delivers the results with signed URLs where needed.
 * The types in this package are its API; sub-packages are internal.
 */
@ApplicationModule(displayName = "Media")
package io.flick.media;

import org.springframework.modulith.ApplicationModule;
