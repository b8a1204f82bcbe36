package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class LadderTests {

    @Test
    void aPortraitFullHdSourceGetsEveryRungByItsShortEdge() {
        assertThat(Ladder.plan(new VideoStream("h264", 1080, 1920, 30, 0)))
                .extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("360p", 360, 640), tuple("480p", 480, 854), tuple("720p", 720, 1280),
                        tuple("1080p", 1080, 1920));
    }

    @Test
    void noRungIsAboveTheSourcesShortEdge() {
        assertThat(Ladder.plan(new VideoStream("h264", 720, 1280, 30, 0)))
                .extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("360p", 360, 640), tuple("480p", 480, 854), tuple("720p", 720, 1280));
        assertThat(Ladder.plan(new VideoStream("h264", 1000, 1600, 30, 0))).extracting(Rung::name)
                .containsExactly("360p", "480p", "720p");
    }

    @Test
    void aSourceBelow360pGetsOneRungAtItsOwnEvenSize() {
        assertThat(Ladder.plan(new VideoStream("h264", 200, 356, 30, 0)))
                .extracting(Rung::name, Rung::width, Rung::height, Rung::videoKbps)
                .containsExactly(tuple("200p", 200, 356, 600));
        assertThat(Ladder.plan(new VideoStream("h264", 181, 321, 30, 0)))
                .extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("180p", 180, 320));
    }

    @Test
    void aLandscapeSourceGetsTheSameRungsSideways() {
        assertThat(Ladder.plan(new VideoStream("h264", 1920, 1080, 30, 0)))
                .extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("360p", 640, 360), tuple("480p", 854, 480), tuple("720p", 1280, 720),
                        tuple("1080p", 1920, 1080));
    }

    @Test
    void aRotatedPhoneClipIsPlannedAsItIsDisplayed() {
        assertThat(Ladder.plan(new VideoStream("h264", 1920, 1080, 30, -90)))
                .extracting(Rung::name, Rung::width, Rung::height)
                .containsExactly(tuple("360p", 360, 640), tuple("480p", 480, 854), tuple("720p", 720, 1280),
                        tuple("1080p", 1080, 1920));
        assertThat(Ladder.plan(new VideoStream("h264", 1920, 1080, 30, 180))).first()
                .extracting(Rung::width, Rung::height).containsExactly(640, 360);
    }

    @Test
    void rungsCarrySeedBitratesWithBoundedPeaksAndTheDocumentedAudio() {
        assertThat(Ladder.plan(new VideoStream("h264", 1080, 1920, 30, 0)))
                .extracting(Rung::videoKbps, Rung::maxrateKbps, Rung::bufsizeKbits, Rung::audioKbps)
                .containsExactly(tuple(600, 900, 1200, 96), tuple(1000, 1500, 2000, 96),
                        tuple(2000, 3000, 4000, 128), tuple(3000, 4500, 6000, 128));
    }

    @Test
    void frameRatesAboveSixtyAreCapped() {
        assertThat(Ladder.plan(new VideoStream("h264", 1080, 1920, 240, 0))).allSatisfy(
                rung -> assertThat(rung.frameRate()).isEqualTo(60));
        assertThat(Ladder.plan(new VideoStream("h264", 1080, 1920, 29.97, 0)).getFirst().frameRate()).isEqualTo(29.97);
    }
}
