package io.flick.discovery.recent;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.shared.UserId;

/** A member's own recent searches: newest first; one removed, or all (signed in only; nobody sees another's). */
@RestController
class RecentSearchController {

    private final RecentSearches recent;

    RecentSearchController(RecentSearches recent) {
        this.recent = recent;
    }

    record RecentSearchList(List<RecentSearches.RecentSearch> searches) {
    }

    @GetMapping("/api/v1/search/recent")
    RecentSearchList recentSearches(@CurrentUser UserId me) {
        return new RecentSearchList(recent.newestFirst(me));
    }

    /** Without {@code query}: all of them. Answers 204 whether or not there was such a search. */
    @DeleteMapping("/api/v1/search/recent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgetRecentSearches(@CurrentUser UserId me, @RequestParam(required = false) String query) {
        if (query == null) {
            recent.clear(me);
        } else {
            // Stored as searched: trimmed, bidirectional controls removed (an untrimmed copy matches it too).
            recent.remove(me, io.flick.shared.Texts.require("query", query, 1, 400, false));
        }
    }
}
