package io.flick.challenge;

import io.flick.shared.ChallengeId;
import io.flick.shared.UserId;

/** {@code from} invited {@code to} to take part in a challenge (once per invitee and challenge): notifications tell them. */
public record ChallengeInvitationSent(ChallengeId challenge, UserId from, UserId to) {
}
