package io.flick.discovery.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

import io.flick.discovery.index.Fields;

/**
 * The factor a text match's score is multiplied by: engagement (the log of likes and views, or of
 * followers and uses for people and sounds) and freshness (a video loses up to 40% as it ages, half
 * of that in about three weeks). Bounded so that it never turns a typo's match into a better answer
 * than an exact one: the text scores differ five-fold ({@link SearchQueries}), this factor at most
 * (1 + 0.08 ln 10⁷ + 0.03 ln 10⁹) / 0.6 ≈ 4.8-fold (likes and views are capped there; people and sounds
 * have no freshness: at most 1 + 0.05 ln 10⁷ ≈ 1.8).
 */
final class RankingBlend extends DoubleValuesSource {

    private static final double DAY_MILLIS = 86_400_000d;

    private final long now;

    RankingBlend(long nowMillis) {
        this.now = nowMillis;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues likes = DocValues.getNumeric(ctx.reader(), Fields.LIKES);
        NumericDocValues views = DocValues.getNumeric(ctx.reader(), Fields.VIEWS);
        NumericDocValues popularity = DocValues.getNumeric(ctx.reader(), Fields.POPULARITY);
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), Fields.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double engagement = 1 + 0.08 * ln1p(figure(likes, doc, 10_000_000))
                        + 0.03 * ln1p(figure(views, doc, 1_000_000_000))
                        + 0.05 * ln1p(figure(popularity, doc, 10_000_000));
                long at = published.advanceExact(doc) ? published.longValue() : 0;
                double freshness = at <= 0 ? 1 : 0.6 + 0.4 * Math.exp(-Math.max(0, now - at) / DAY_MILLIS / 30);
                value = engagement * freshness;
                return true;
            }
        };
    }

    /**
     * ln(1 + n) of a count. Not {@code Math.log1p}: that one is computed in Java (FdLibm) and was the
     * largest single cost of a search in the benchmark's profile (this runs for every matching
     * document); {@code Math.log} is a CPU intrinsic, and for whole numbers {@code 1 + n} is exact, so
     * the value is the same to the last bit or two.
     */
    static double ln1p(long count) {
        return Math.log(1.0 + count);
    }

    /** Capped, so the bound above holds whatever the counts. */
    private static long figure(NumericDocValues values, int doc, long cap) throws IOException {
        return values.advanceExact(doc) ? Math.min(Math.max(values.longValue(), 0), cap) : 0;
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RankingBlend blend && blend.now == now;
    }

    @Override
    public int hashCode() {
        return Objects.hash(RankingBlend.class, now);
    }

    @Override
    public String toString() {
        return "ranking-blend(" + now + ")";
    }
}
