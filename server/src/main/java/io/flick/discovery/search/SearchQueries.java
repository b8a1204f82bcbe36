package io.flick.discovery.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchAnalyzer.Token;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/**
 * Lucene queries built from tokens, never parsed from text. Each token must match some field; how
 * it matches sets its score, a constant per field (so rare words and short fields do not reorder the
 * kinds of match): exactly 10, as a prefix of a longer word 4 (the last token only, as one types),
 * within one typo 2 (words of {@value #FUZZY_LENGTH}+ letters, the first letter right). A token
 * counts its best match (a maximum, with a little credit for matching in further fields). The sum is
 * then multiplied by {@link RankingBlend}, bounded so that exact still outranks a typo.
 */
final class SearchQueries {

    static final int FUZZY_LENGTH = 5;
    private static final float EXACT = 10, PREFIX = 4, FUZZY = 2;

    /** How much a match in each field counts, per kind of document. */
    static final Map<String, Float> VIDEO_FIELDS = Map.of(Fields.CAPTION, 1.5f, Fields.HASHTAGS, 2f,
            Fields.SOUND_NAME, 1f, Fields.USERNAME, 1.2f, Fields.DISPLAY_NAME, 1.2f);
    static final Map<String, Float> USER_FIELDS = Map.of(Fields.USERNAME, 1.2f, Fields.DISPLAY_NAME, 1f);
    static final Map<String, Float> SOUND_FIELDS = Map.of(Fields.SOUND_NAME, 1f);

    private SearchQueries() {
    }

    /**
     * @param typeAhead whether the last token may be a word still being typed (always a prefix then,
     *                  even of one letter); otherwise a prefix from 3 letters on
     */
    static Query text(List<Token> tokens, Map<String, Float> fields, boolean typeAhead) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            int length = token.text().codePointCount(0, token.text().length());
            boolean prefix = last && (typeAhead || length >= 3);
            boolean fuzzy = token.fuzzyCandidate() && length >= FUZZY_LENGTH;
            List<Query> ways = new ArrayList<>();
            fields.forEach((field, weight) -> {
                Term term = new Term(field, token.text());
                ways.add(scored(new TermQuery(term), EXACT * weight));
                if (prefix) {
                    ways.add(scored(new PrefixQuery(term), PREFIX * weight));
                }
                if (fuzzy) {
                    ways.add(scored(new FuzzyQuery(term, 1, 1), FUZZY * weight));
                }
            });
            all.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.MUST);
        }
        return all.build();
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /** A text query restricted to one kind and away from {@code hidden} owners, ranked with the blend. */
    static Query ranked(String kind, Query text, Collection<UserId> hidden, Query visibility, long nowMillis) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER);
        if (visibility != null) {
            query.add(visibility, Occur.FILTER);
        }
        if (!hidden.isEmpty()) {
            query.add(owners(hidden), Occur.MUST_NOT);
        }
        return FunctionScoreQuery.boostByValue(query.build(), new RankingBlend(nowMillis));
    }

    static Query owners(Collection<UserId> users) {
        return new TermInSetQuery(Fields.OWNER, users.stream().map(user -> new BytesRef(Long.toString(user.value()))).toList());
    }

    /**
     * Videos worth asking {@code VideoCatalog} about: another's private video never is (the catalog's
     * rule decides the rest: followers-only, private accounts).
     */
    static Query videosWorthChecking(Viewer viewer) {
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PRIVACY, "public")), Occur.SHOULD);
        viewer.signedIn().ifPresent(me -> any
                .add(new TermQuery(new Term(Fields.PRIVACY, "friends")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.OWNER, Long.toString(me.value()))), Occur.SHOULD));
        return any.build();
    }
}
