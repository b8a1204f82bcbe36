package io.flick.account;

import io.flick.shared.UserId;

public record UserUnblocked(UserId blocker, UserId blocked) {
}
