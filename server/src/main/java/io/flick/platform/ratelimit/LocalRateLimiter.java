package io.flick.platform.ratelimit;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;

/**
 * Token buckets in this process's memory (Bucket4j), enough for one node. Idle buckets are full
 * anyway, so forgetting them after an hour loses nothing and bounds memory under address spraying.
 * A deployment with several API nodes needs shared buckets (Redis), which is future work.
 */
@Component
class LocalRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(1_000_000)
            .build();

    @Override
    public void acquire(RateLimit limit, String key) {
        var probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw FlickException.rateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    @Override
    public void requireAvailable(RateLimit limit, String key) {
        EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw FlickException.rateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    @Override
    public void spend(RateLimit limit, String key) {
        bucket(limit, key).tryConsume(1);
    }

    private Bucket bucket(RateLimit limit, String key) {
        return buckets.get(limit.name() + ':' + key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.period()).build())
                .build());
    }
}
