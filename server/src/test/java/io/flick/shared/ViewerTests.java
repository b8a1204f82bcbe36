package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** A viewer is a signed-in member or an anonymous visitor, and says so without nulls. */
class ViewerTests {

    private final UserId alice = new UserId(7);
    private final UserId bob = new UserId(8);

    @Test
    void anAnonymousViewerIsNobody() {
        Viewer visitor = Viewer.anonymous();
        assertThat(visitor.isAnonymous()).isTrue();
        assertThat(visitor.is(alice)).isFalse();
        assertThat(visitor.signedIn()).isEmpty();
        assertThat(visitor.idOrNull()).isNull();
        assertThat(visitor).isEqualTo(Viewer.anonymous());
    }

    @Test
    void aMemberIsTheirUserAndNoOneElse() {
        Viewer member = Viewer.member(alice);
        assertThat(member.isAnonymous()).isFalse();
        assertThat(member.is(alice)).isTrue();
        assertThat(member.is(bob)).isFalse();
        assertThat(member.signedIn()).contains(alice);
        assertThat(member.idOrNull()).isEqualTo(7L);
        assertThat(member).isEqualTo(Viewer.member(new UserId(7)));
    }

    @Test
    void aMemberWithoutAUserCannotBeMade() {
        assertThatNullPointerException().isThrownBy(() -> Viewer.member(null));
    }
}
