package io.flick.discovery.search;

import java.util.List;

import io.flick.discovery.index.SearchAnalyzer;
import io.flick.shared.Texts;

/**
 * What a person typed, checked (1 to {@value #MAX} characters after trimming, no control
 * characters, bidirectional controls removed) and cut into tokens by the index's own analyzer.
 * Nothing of it is ever read as query syntax: punctuation such as {@code "*:(~^\} is no token at all,
 * and {@code AND}, {@code OR}, {@code NOT} are words like any other.
 */
record SearchText(String text, List<SearchAnalyzer.Token> tokens) {

    static final int MAX = 100;

    static SearchText of(String q, SearchAnalyzer analyzer) {
        String text = Texts.require("q", q, 1, MAX, false);
        return new SearchText(text, analyzer.tokens(text));
    }

    boolean matchesNothing() {
        return tokens.isEmpty();
    }
}
