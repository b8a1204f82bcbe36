package io.flick.media.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressParserTests {

    @Test
    void eachBlockBecomesAProgressEvent() {
        List<Progress> events = parse(10, """
                frame=0
                out_time_us=N/A
                out_time_ms=N/A
                out_time=N/A
                speed=N/A
                progress=continue
                frame=75
                bitrate=N/A
                out_time_us=2500000
                out_time_ms=2500000
                out_time=00:00:02.500000
                speed=  14x
                progress=continue
                """);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new Progress(0, 0, 0, false));
        assertThat(events.get(1).fraction()).isCloseTo(0.25, within(1e-9));
        assertThat(events.get(1).encodedSeconds()).isCloseTo(2.5, within(1e-9));
        assertThat(events.get(1).speed()).isEqualTo(14);
        assertThat(events.get(1).finished()).isFalse();
    }

    @Test
    void progressNeverStepsBackAndEndsComplete() {
        // With several outputs ffmpeg's last report gives a still's time (captured from a real first pass).
        List<Progress> events = parse(10, """
                out_time_us=7366667
                speed=15.8x
                progress=continue
                out_time_us=33333
                speed=0.0563x
                progress=end
                """);

        assertThat(events.get(0).fraction()).isCloseTo(0.7366667, within(1e-9));
        assertThat(events.get(1).fraction()).isEqualTo(1);
        assertThat(events.get(1).encodedSeconds()).isCloseTo(7.366667, within(1e-9));
        assertThat(events.get(1).finished()).isTrue();
    }

    @Test
    void outTimeMsIsReadAsMicrosecondsLikeFfmpegWritesIt() {
        List<Progress> events = parse(4, "out_time_ms=1000000\nprogress=continue\n");

        assertThat(events.getFirst().fraction()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void fractionsStayWithinOneAndUnknownDurationsGiveZero() {
        assertThat(parse(2, "out_time_us=3000000\nprogress=continue\n").getFirst().fraction()).isEqualTo(1);
        assertThat(parse(0, "out_time_us=3000000\nprogress=continue\n").getFirst().fraction()).isZero();
    }

    @Test
    void garbageLinesAreIgnored() {
        assertThat(parse(10, "hello\n=\nout_time_us=-5\nspeed=fast\nprogress=continue\n"))
                .containsExactly(new Progress(0, 0, 0, false));
    }

    private static List<Progress> parse(double duration, String text) {
        var parser = new ProgressParser(duration);
        var events = new ArrayList<Progress>();
        text.lines().forEach(line -> parser.accept(line).ifPresent(events::add));
        return events;
    }
}
