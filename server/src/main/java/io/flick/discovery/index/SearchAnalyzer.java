package io.flick.discovery.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The one analyzer of every text field and of every query, so a word is cut the same way on both
 * sides: Unicode word breaks (UAX #29, which keeps an emoji as a token of its own and drops
 * punctuation, so {@code "*:(~^\} never reach a query), lower case, accents folded ({@code café} =
 * {@code cafe}), full-width forms narrowed, and runs of Chinese, Japanese or Korean characters cut
 * into overlapping bigrams (a lone character stays a unigram).
 */
public final class SearchAnalyzer extends Analyzer {

    /** A token of analysed text and its kind ({@code <ALPHANUM>}, {@code <EMOJI>}, {@code <DOUBLE>} …). */
    public record Token(String text, String type) {

        /** Letters and digits that a typo may have changed (not CJK bigrams, not emoji). */
        public boolean fuzzyCandidate() {
            return type.equals("<ALPHANUM>");
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The tokens of {@code text} as the index holds them, in order. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
