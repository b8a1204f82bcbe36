package io.flick.feed.signals;

import java.util.List;

import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;

/**
 * Where every signal enters the recommender, live or replayed in bulk: journaled, then applied
 * to the in-memory state, so the next page already reflects it.
 */
@Component
public class FeedSignals {

    private final SignalJournal journal;
    private final FeedState state;

    FeedSignals(SignalJournal journal, FeedState state) {
        this.journal = journal;
        this.state = state;
    }

    /** Journal first, then apply: a signal in memory but not in the journal would vanish at restart. */
    public void record(List<Signal> signals) {
        journal.append(signals);
        signals.forEach(this::apply);
    }

    public void record(Signal signal) {
        record(List.of(signal));
    }

    /** The one place a signal changes the state. */
    void apply(Signal signal) {
        switch (signal.kind()) {
            case VIEW -> state.applyView(signal.user(), signal.target(), signal.watchSeconds(), signal.completion(), signal.at());
            case LIKE -> state.applyLike(signal.user(), signal.target(), signal.at());
            case SHARE -> state.applyShare(signal.user(), signal.target(), signal.at());
            case NOT_INTERESTED -> state.applyNotInterested(signal.user(), signal.target());
            case FOLLOW -> state.applyFollow(signal.user(), signal.target(), true);
            case UNFOLLOW -> state.applyFollow(signal.user(), signal.target(), false);
            case HIDE -> state.applyHide(signal.user(), signal.target(), true);
            case UNHIDE -> state.applyHide(signal.user(), signal.target(), false);
        }
    }

    void replay() {
        journal.replay(this::apply);
    }
}
