package io.flick.media;

/**
 * What a client says about a file before sending it (seed 001's upload init body). Checked up
 * front so that a file that cannot succeed is refused before a single byte is sent; the file
 * itself is checked again when it is processed, because declarations can lie.
 */
public record UploadDeclaration(long fileSize, Double durationSeconds, Integer width, Integer height, Double fps) {
}
