package io.flick.account;

import io.flick.shared.UserId;

/** {@code user} made their account private ({@code true}) or public again ({@code false}). */
public record AccountPrivacyChanged(UserId user, boolean isPrivate) {
}
