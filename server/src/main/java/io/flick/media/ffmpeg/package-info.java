/**
 * The ffmpeg toolkit: probing, validation, command building and running for the transcoding
 * pipeline. Every ffmpeg process starts through {@link io.flick.media.ffmpeg.ProcessLauncher}; the
 * {@link io.flick.media.ffmpeg.Transcoder} façade is what the media jobs call. Internal to the
 * media module.
 */
package io.flick.media.ffmpeg;
