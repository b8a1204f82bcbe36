package io.flick.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PublicIdsTests {

    @Test
    void idsRoundTripThroughTheirPublicForm() {
        var ids = new IdGenerator(Clock.systemUTC());
        for (int i = 0; i < 1000; i++) {
            long id = ids.next();
            String text = new UserId(id).toString();
            assertThat(text).matches("usr_[0-9a-z]{13}");
            assertThat(UserId.parse(text).value()).isEqualTo(id);
        }
        assertThat(UserId.parse(PublicIds.format("usr", Long.MAX_VALUE)).value()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void generatedIdsAreUniqueAndIncreasing() {
        var ids = new IdGenerator(Clock.systemUTC());
        Set<Long> seen = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 100_000; i++) {
            long id = ids.next();
            assertThat(id).isGreaterThan(previous);
            assertThat(seen.add(id)).isTrue();
            previous = id;
        }
    }

    @Test
    void malformedIdsAreRefused() {
        for (String bad : new String[] {"", "usr_", "vid_0000000000001", "usr_000000000000!", "usr_zzzzzzzzzzzzz",
                "usr_00000000000001", "usr_0000000000000"}) {
            assertThatThrownBy(() -> UserId.parse(bad)).as(bad).isInstanceOf(PublicIds.InvalidIdException.class);
        }
    }

    @Test
    void cursorsRoundTripAndRefuseForgeries() {
        var cursor = Cursor.of(1_700_000_000_000_000L, 42);
        String text = cursor.encode("followers:usr_0000000000001");

        assertThat(Cursor.decode(new PageRequest(20, text, "followers:usr_0000000000001"), 2)).isEqualTo(cursor);
        assertThat(Cursor.decode(new PageRequest(20, null, "followers:usr_0000000000001"), 2)).isNull();
        for (String bad : new String[] {"garbage!", "Yzk6MTo0Mg", text.substring(4), "x" + text}) {
            assertThatThrownBy(() -> Cursor.decode(new PageRequest(20, bad, "followers:usr_0000000000001"), 2)).as(bad)
                    .isInstanceOfSatisfying(FlickException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_CURSOR));
        }
        assertThatThrownBy(() -> Cursor.decode(new PageRequest(20, text, "followers:usr_0000000000001"), 3))
                .isInstanceOf(FlickException.class);
        assertThatThrownBy(() -> Cursor.decode(new PageRequest(20, text, "following:usr_0000000000001"), 2))
                .as("another list").isInstanceOf(FlickException.class);
        assertThatThrownBy(() -> Cursor.decode(new PageRequest(20, text, "followers:usr_0000000000002"), 2))
                .as("another user's list").isInstanceOf(FlickException.class);
    }
}
