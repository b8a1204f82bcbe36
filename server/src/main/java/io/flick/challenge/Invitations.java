package io.flick.challenge;

import static io.flick.shared.Utc.utc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.flick.shared.ChallengeId;
import io.flick.shared.UserId;

/** Who was invited to which challenge, by whom: one row per invitee and challenge. */
@Repository
class Invitations {

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the invitee was invited to this challenge before */
    boolean add(ChallengeId challenge, UserId invitee, UserId inviter, Instant at) {
        return jdbc.sql("""
                        INSERT INTO challenge.invitations (challenge_id, invitee_id, inviter_id, invited_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(challenge.value(), invitee.value(), inviter.value(), utc(at)).update() == 1;
    }
}
