package io.flick.media.processing;

/** A finished rung of an asset's ladder, as the master playlist lists it. */
public record RenditionRow(String name, int width, int height, double frameRate, int bandwidth, int averageBandwidth,
                           String codecs) {
}
