package io.flick.bench.feedload;

/**
 * One answered request, as the load generator saw it.
 *
 * @param startMillis when it was sent (epoch millis)
 * @param millis      response time as Gatling measures it
 * @param ok          answered 200
 * @param firstPage   a For You request without a cursor (the page that runs every candidate source)
 * @param fallback    a For You page flagged as served from the precomputed lists
 * @param cards       videos on a For You page
 */
record Sample(Endpoint endpoint, long startMillis, int millis, boolean ok, boolean firstPage, boolean fallback, int cards) {

    enum Endpoint {
        FOR_YOU, TRIVIAL
    }
}
