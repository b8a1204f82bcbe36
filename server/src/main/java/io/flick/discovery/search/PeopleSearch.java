package io.flick.discovery.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import io.flick.account.Blocks;
import io.flick.account.Relationship;
import io.flick.account.Relationships;
import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.discovery.index.Fields;
import io.flick.discovery.index.SearchIndex;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/**
 * People matching a search by username or display name. Private accounts are found (their profile
 * says what it shows); nobody on either side of a block with the viewer is. Each comes with how the
 * viewer stands towards them, by the rule follower lists use ({@link Relationships#among}).
 */
@Component
class PeopleSearch {

    private final SearchIndex index;
    private final UserDirectory users;
    private final Relationships relationships;
    private final Blocks blocks;
    private final Clock clock;

    PeopleSearch(SearchIndex index, UserDirectory users, Relationships relationships, Blocks blocks, Clock clock) {
        this.index = index;
        this.users = users;
        this.relationships = relationships;
        this.blocks = blocks;
        this.clock = clock;
    }

    /** @param relationship how the viewer stands towards this person; null for a visitor */
    record PersonResult(UserSummary user, String relationship) {
    }

    Slice<PersonResult> page(SearchText text, Viewer viewer, PageRequest page) {
        if (text.matchesNothing()) {
            return new Slice<>(List.of(), null);
        }
        Slice<RankedHits.Hit> hits = RankedHits.page(index, query(text, viewer, false), page, batch -> batch);
        return new Slice<>(people(hits.items(), viewer), hits.nextCursor());
    }

    List<PersonResult> top(SearchText text, Viewer viewer, int count) {
        return text.matchesNothing() ? List.of() : people(RankedHits.top(index, query(text, viewer, true), count), viewer);
    }

    private List<PersonResult> people(List<RankedHits.Hit> hits, Viewer viewer) {
        List<UserId> ids = hits.stream().map(hit -> new UserId(hit.id())).toList();
        Map<UserId, UserSummary> found = users.find(ids);
        Map<UserId, Relationship> relations = viewer.signedIn().map(me -> relationships.among(me, ids)).orElse(Map.of());
        return ids.stream().filter(found::containsKey).map(id -> new PersonResult(found.get(id),
                Optional.ofNullable(relations.get(id)).map(Relationship::code).orElse(null))).toList();
    }

    private Query query(SearchText text, Viewer viewer, boolean typeAhead) {
        Set<UserId> hidden = viewer.signedIn().map(blocks::hiddenFrom).orElse(Set.of());
        return SearchQueries.ranked(Fields.USER, SearchQueries.text(text.tokens(), SearchQueries.USER_FIELDS, typeAhead),
                hidden, null, clock.millis());
    }
}
