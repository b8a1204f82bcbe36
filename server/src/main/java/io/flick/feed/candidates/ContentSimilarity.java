package io.flick.feed.candidates;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.flick.feed.model.FeedState;
import io.flick.feed.similarity.VectorIndex;

/**
 * Videos whose text (caption, hashtags, sound name) is close to the viewer's taste vector, found
 * in the HNSW index. Reaches videos nobody has engaged with yet, which co-engagement cannot.
 */
@Component
@Order(7)
class ContentSimilarity implements CandidateSource {

    private static final int K = 200;

    private final FeedState state;
    private final VectorIndex index;

    ContentSimilarity(FeedState state, VectorIndex index) {
        this.state = state;
        this.index = index;
    }

    @Override
    public String name() {
        return FeedReason.SIMILAR_CONTENT.code();
    }

    @Override
    public List<Candidate> candidates(FeedRequest request) {
        float[] taste = request.taste().vector();
        if (taste == null) {
            return List.of();
        }
        return index.nearest(taste, K, id -> state.item(id).filter(item -> !request.excluded(item)).isPresent())
                .stream()
                .map(neighbour -> new Candidate(neighbour.itemId(), FeedReason.SIMILAR_CONTENT, Math.max(0, neighbour.score())))
                .toList();
    }
}
