package io.flick.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The journal stores these codes; a journal written before a kind was added must still read the same. */
class SignalKindTests {

    @Test
    void journalCodesAreFixedPerKind() {
        assertThat(SignalKind.values()).extracting(SignalKind::code)
                .containsExactly((short) 0, (short) 1, (short) 2, (short) 3, (short) 4, (short) 5, (short) 6, (short) 7);
        assertThat(SignalKind.values()).allSatisfy(kind -> assertThat(SignalKind.of(kind.code())).isSameAs(kind));
        assertThat(SignalKind.of(4)).isSameAs(SignalKind.FOLLOW);
    }

    @Test
    void aCodeNoKindHasIsRefused() {
        assertThatThrownBy(() -> SignalKind.of(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignalKind.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
