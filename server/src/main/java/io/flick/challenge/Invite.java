package io.flick.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.Blocks;
import io.flick.account.UserDirectory;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.UserId;

/**
 * Invitations to a challenge that has not ended: up to {@link #MOST} people per request, rate limited
 * per inviter. Nobody is invited twice to the same challenge, nor the inviter, an unknown account or
 * anyone on either side of a block with the inviter (skipped without saying, as a block is not told).
 */
@Service
class Invite {

    static final int MOST = 50;

    private final Invitations invitations;
    private final UserDirectory users;
    private final Blocks blocks;
    private final RateLimiter rateLimiter;
    private final RateLimit invites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invite(Invitations invitations, UserDirectory users, Blocks blocks, RateLimiter rateLimiter, ChallengeSettings settings,
           ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.blocks = blocks;
        this.rateLimiter = rateLimiter;
        this.invites = new RateLimit("challenge-invites", settings.invitesPerHour(), Duration.ofHours(1));
        this.events = events;
        this.clock = clock;
    }

    /** @return how many people were invited now (not before, not skipped) */
    @Transactional
    int invite(ChallengeRow challenge, UserId inviter, List<UserId> userIds) {
        if (userIds == null || userIds.isEmpty() || userIds.size() > MOST || userIds.contains(null)) {
            throw FlickException.invalidField("user_ids", "size", "must name 1 to " + MOST + " users");
        }
        Instant now = clock.instant();
        if (challenge.status(now) == ChallengeRow.Status.ENDED) {
            throw new FlickException(ChallengeProblem.CHALLENGE_ENDED, "This challenge has ended.");
        }
        rateLimiter.acquire(invites, inviter.toString());
        Set<UserId> wanted = new LinkedHashSet<>(userIds);
        wanted.remove(inviter);
        wanted.removeAll(blocks.hiddenFrom(inviter));
        Set<UserId> existing = users.find(wanted).keySet();
        int invited = 0;
        for (UserId invitee : wanted) {
            if (existing.contains(invitee) && invitations.add(challenge.id(), invitee, inviter, now)) {
                events.publishEvent(new ChallengeInvitationSent(challenge.id(), inviter, invitee));
                invited++;
            }
        }
        return invited;
    }
}
