package io.flick.challenge;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.challenge.ChallengeCards.Challenge;
import io.flick.platform.CurrentUser;
import io.flick.shared.ChallengeId;
import io.flick.shared.FlickException;
import io.flick.shared.PageRequest;
import io.flick.shared.Slice;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** Issue 17's challenge endpoints. A challenge the caller may not see answers 404, as if it did not exist. */
@RestController
class ChallengeController {

    /** The contract's page size limit for these lists. */
    private static final int MAX_LIMIT = 50;

    private final CreateChallenge create;
    private final StoredChallenges challenges;
    private final ChallengeCards cards;
    private final Leaderboards leaderboards;
    private final Invite invite;
    private final java.time.Clock clock;

    ChallengeController(CreateChallenge create, StoredChallenges challenges, ChallengeCards cards, Leaderboards leaderboards,
                        Invite invite, java.time.Clock clock) {
        this.create = create;
        this.challenges = challenges;
        this.cards = cards;
        this.leaderboards = leaderboards;
        this.invite = invite;
        this.clock = clock;
    }

    @PostMapping("/api/v1/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    Challenge create(@CurrentUser UserId me, @RequestBody CreateChallenge.NewChallenge request) {
        return cards.card(create.create(me, request), Viewer.member(me));
    }

    @GetMapping("/api/v1/challenges/{challengeId}")
    Challenge challenge(@PathVariable String challengeId, @CurrentUser Viewer viewer) {
        return cards.card(visible(challengeId, viewer), viewer);
    }

    @GetMapping("/api/v1/challenges")
    ChallengeList list(@CurrentUser Viewer viewer, @RequestParam(required = false) String status,
                       @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        ChallengeRow.Status wanted = status(status);
        Slice<ChallengeRow> rows = challenges.list(wanted, clock.instant(), cards.hiddenCreators(viewer),
                page(limit, cursor, "challenges:" + wanted.json()));
        return new ChallengeList(cards.cards(rows.items(), viewer), rows.nextCursor());
    }

    @GetMapping("/api/v1/challenges/{challengeId}/leaderboard")
    Leaderboards.Leaderboard leaderboard(@PathVariable String challengeId, @CurrentUser Viewer viewer,
                                   @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) String cursor) {
        ChallengeRow challenge = visible(challengeId, viewer);
        PageRequest page = page(limit, cursor, "leaderboard:" + challenge.id());
        return leaderboards.board(challenge, leaderboards.freezeIfEnded(challenge), viewer, page);
    }

    @PostMapping("/api/v1/challenges/{challengeId}/invite")
    @ResponseStatus(HttpStatus.ACCEPTED)
    InvitationsSent invite(@PathVariable String challengeId, @CurrentUser UserId me, @RequestBody ChallengeInvitation request) {
        ChallengeRow challenge = visible(challengeId, Viewer.member(me));
        return new InvitationsSent(invite.invite(challenge, me, request.userIds()));
    }

    private ChallengeRow visible(String challengeId, Viewer viewer) {
        return cards.visible(ChallengeId.parse(challengeId), viewer)
                .orElseThrow(() -> new FlickException(ChallengeProblem.CHALLENGE_NOT_FOUND, "There is no such challenge."));
    }

    private static PageRequest page(Integer limit, String cursor, String list) {
        if (limit != null && limit > MAX_LIMIT) {
            throw FlickException.invalidField("limit", "out_of_range", "must be between 1 and " + MAX_LIMIT);
        }
        return PageRequest.of(limit, cursor, list);
    }

    private static ChallengeRow.Status status(String text) {
        if (text == null) {
            return ChallengeRow.Status.ACTIVE;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "active" -> ChallengeRow.Status.ACTIVE;
            case "upcoming" -> ChallengeRow.Status.UPCOMING;
            case "ended" -> ChallengeRow.Status.ENDED;
            default -> throw FlickException.invalidField("status", "invalid", "must be active, upcoming or ended");
        };
    }

    record ChallengeList(List<Challenge> challenges, String nextCursor) {
    }

    record ChallengeInvitation(List<UserId> userIds) {
    }

    record InvitationsSent(int invited) {
    }
}
