package io.flick.feed.candidates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.flick.feed.model.Charts;
import io.flick.feed.model.FeedState;

/** Proposes the top of one of the precomputed charts, strength falling with the rank. */
class ChartSource implements CandidateSource {

    private final FeedReason reason;
    private final FeedState state;
    private final Function<Charts, List<Long>> chart;
    private final Charts charts;
    private final int quota;

    ChartSource(FeedReason reason, FeedState state, Charts charts, Function<Charts, List<Long>> chart, int quota) {
        this.reason = reason;
        this.state = state;
        this.charts = charts;
        this.chart = chart;
        this.quota = quota;
    }

    @Override
    public String name() {
        return reason.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        List<Candidate> found = new ArrayList<>();
        List<Long> ids = chart.apply(charts);
        for (int rank = 0; rank < ids.size() && found.size() < quota; rank++) {
            var item = state.item(ids.get(rank)).orElse(null);
            if (item != null && !request.excluded(item)) {
                found.add(new Candidate(item.id(), reason, 1.0 / Math.sqrt(1 + rank / 10.0)));
            }
        }
        return found;
    }
}
