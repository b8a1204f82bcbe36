package io.flick.discovery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchIndex;
import io.flick.shared.Cursor;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/**
 * Hashtags matching a search, with the number of videos anyone may see that carry them. The tags
 * are the terms of the index's {@link Fields#PUBLIC_TAG} (written only for public videos of public
 * accounts, so a tag used only in private videos or by private accounts is found by nobody), matched
 * exactly, as a prefix, or within one typo (5+ letters); the count leaves out the videos of people on
 * either side of a block with the viewer, and a tag with none left is not shown. Exact first, then
 * prefix, then typo; within each, the most used first.
 */
@Component
class HashtagSearch {

    /** Tags considered per query (the most used, by document frequency), so a one-letter prefix stays cheap. */
    private static final int CANDIDATES = 100;
    /** Tags read for one prefix at most (a one-letter prefix of a large catalogue stops there). */
    private static final int PREFIX_SCAN = 5_000;

    private final SearchIndex index;
    private final Blocks blocks;

    HashtagSearch(SearchIndex index, Blocks blocks) {
        this.index = index;
        this.blocks = blocks;
    }

    record HashtagResult(String hashtag, long videoCount) {
    }

    private record Match(String tag, int kind, long count) {
    }

    Slice<HashtagResult> page(SearchText text, Viewer viewer, PageRequest page) {
        Cursor after = Cursor.decode(page, 1);
        long start = after == null ? 0 : after.key(0) + 1;
        List<Match> matches = matches(text, viewer);
        if (start < 0 || start >= matches.size()) {
            return new Slice<>(List.of(), null);
        }
        List<HashtagResult> shown = new ArrayList<>();
        int end = (int) Math.min(matches.size(), start + page.limit());
        for (int i = (int) start; i < end; i++) {
            shown.add(new HashtagResult(matches.get(i).tag(), matches.get(i).count()));
        }
        return new Slice<>(shown, end < matches.size() ? Cursor.of(end - 1).encode(page.list()) : null);
    }

    List<HashtagResult> top(SearchText text, Viewer viewer, int count) {
        return matches(text, viewer).stream().limit(count).map(match -> new HashtagResult(match.tag(), match.count())).toList();
    }

    /** A tag as typed: without {@code #}, spaces or punctuation, in lower case. */
    static String tagOf(String text) {
        StringBuilder tag = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '_')
                .forEach(tag::appendCodePoint);
        return tag.toString();
    }

    private List<Match> matches(SearchText text, Viewer viewer) {
        String tag = tagOf(text.text());
        if (tag.isEmpty()) {
            return List.of();
        }
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return index.read(searcher -> {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.PUBLIC_TAG);
            if (terms == null) {
                return List.of();
            }
            Map<String, Integer> kinds = new HashMap<>();
            Map<String, Integer> frequencies = new HashMap<>();
            BytesRef prefix = new BytesRef(tag);
            TermsEnum all = terms.iterator();
            if (all.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
                int scanned = 0;
                do {
                    if (!StringHelper.startsWith(all.term(), prefix) || scanned++ == PREFIX_SCAN) {
                        break;
                    }
                    String found = all.term().utf8ToString();
                    kinds.put(found, found.equals(tag) ? 0 : 1);
                    frequencies.put(found, all.docFreq());
                } while (all.next() != null);
            }
            if (tag.codePointCount(0, tag.length()) >= SearchQueries.FUZZY_LENGTH) {
                int first = tag.offsetByCodePoints(0, 1);
                var automaton = new LevenshteinAutomata(tag.substring(first), true).toAutomaton(1, tag.substring(0, first));
                TermsEnum near = new CompiledAutomaton(automaton).getTermsEnum(terms);
                for (BytesRef term = near.next(); term != null; term = near.next()) {
                    String found = term.utf8ToString();
                    kinds.putIfAbsent(found, 2);
                    frequencies.putIfAbsent(found, near.docFreq());
                }
            }
            List<String> candidates = frequencies.keySet().stream()
                    .sorted(Comparator.comparing((String found) -> kinds.get(found))
                            .thenComparing(found -> -frequencies.get(found)).thenComparing(found -> found))
                    .limit(CANDIDATES).toList();
            List<Match> matches = new ArrayList<>();
            for (String candidate : candidates) {
                long count = count(searcher, candidate, hidden);
                if (count > 0) {
                    matches.add(new Match(candidate, kinds.get(candidate), count));
                }
            }
            matches.sort(Comparator.comparingInt(Match::kind).thenComparing(Match::count, Comparator.reverseOrder())
                    .thenComparing(Match::tag));
            return matches;
        });
    }

    private static long count(IndexSearcher searcher, String tag, Set<UserId> hidden) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PUBLIC_TAG, tag)), Occur.FILTER);
        if (!hidden.isEmpty()) {
            query.add(SearchQueries.owners(hidden), Occur.MUST_NOT);
        }
        return searcher.count(query.build());
    }
}
