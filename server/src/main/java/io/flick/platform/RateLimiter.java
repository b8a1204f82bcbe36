package io.flick.platform;

/**
 * Keyed token buckets. {@link #acquire} spends one token or fails with 429 {@code rate_limited} and
 * a {@code Retry-After}; {@link #requireAvailable} only checks, for budgets spent on failure alone
 * (failed logins), which {@link #spend} then charges.
 */
public interface RateLimiter {

    void acquire(RateLimit limit, String key);

    void requireAvailable(RateLimit limit, String key);

    void spend(RateLimit limit, String key);
}
