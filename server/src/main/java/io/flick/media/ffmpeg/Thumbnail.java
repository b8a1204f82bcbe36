package io.flick.media.ffmpeg;

import java.nio.file.Path;

/** A JPEG still of a clip. */
public record Thumbnail(Path file, int width, int height) {
}
