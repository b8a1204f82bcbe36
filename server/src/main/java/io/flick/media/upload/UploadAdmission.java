package io.flick.media.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.media.MediaProblem;
import io.flick.media.UploadDeclaration;
import io.flick.media.UploadQuotaSettings;
import io.flick.media.UploadSettings;
import io.flick.platform.RateLimit;
import io.flick.platform.RateLimiter;
import io.flick.shared.FlickException;
import io.flick.shared.ProblemCode;
import io.flick.shared.IdGenerator;
import io.flick.shared.UploadId;
import io.flick.shared.UserId;

/**
 * Opens an upload for an account if its quotas allow (upload init and tus creation alike): a rate
 * of starts per hour, a cap on the uploads it holds open and the bytes they reserve, and a quota of
 * uploads and bytes per 24 hours. Counting and adding happen in one transaction under the owner's
 * lock, so a burst of parallel requests cannot slip past a cap.
 */
@Component
public class UploadAdmission {

    private static final Duration DAY = Duration.ofDays(1);
    private static final long MB = 1024 * 1024;

    private final Uploads uploads;
    private final RateLimiter limiter;
    private final TransactionTemplate transaction;
    private final IdGenerator ids;
    private final Clock clock;
    private final UploadSettings settings;
    private final UploadQuotaSettings quotas;
    private final RateLimit starts;

    UploadAdmission(Uploads uploads, RateLimiter limiter, TransactionTemplate transaction, IdGenerator ids,
                    Clock clock, UploadSettings settings, UploadQuotaSettings quotas) {
        this.uploads = uploads;
        this.limiter = limiter;
        this.transaction = transaction;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
        this.quotas = quotas;
        this.starts = new RateLimit("upload-starts", quotas.startsPerHour(), Duration.ofHours(1));
    }

    public record Opened(UploadId id, Instant expiresAt) {
    }

    /** A new pending upload of {@code owner}; 429 when a quota is used up. */
    public Opened open(UserId owner, String transport, UploadDeclaration declaration) {
        limiter.acquire(starts, owner.toString());
        UploadId id = new UploadId(ids.next());
        return transaction.execute(status -> {
            uploads.lockOwner(owner);
            Instant now = clock.instant();
            UploadUsage usage = uploads.usage(owner, now, settings.ttl(), DAY);
            long size = declaration.fileSize();
            // The daily quota first: finishing uploads does not lift it.
            if (!fits(usage.today(), quotas.perDay(), quotas.bytesPerDay(), size)) {
                throw refused(MediaProblem.UPLOAD_QUOTA_EXCEEDED, "You have started " + usage.today().size() + " uploads ("
                        + UploadUsage.bytes(usage.today()) / MB + " MB) in the last 24 hours; the most is "
                        + quotas.perDay() + " uploads or " + quotas.bytesPerDay() / MB + " MB. Try again later.",
                        UploadUsage.roomAt(usage.today(), quotas.perDay(), quotas.bytesPerDay(), size), now);
            }
            if (!fits(usage.open(), quotas.maxOpen(), quotas.maxOpenBytes(), size)) {
                throw refused(MediaProblem.TOO_MANY_OPEN_UPLOADS, "You have " + usage.open().size() + " unfinished uploads ("
                        + UploadUsage.bytes(usage.open()) / MB + " MB); the most at once is " + quotas.maxOpen()
                        + " uploads or " + quotas.maxOpenBytes() / MB + " MB. Finish or delete one, or wait until one expires.",
                        UploadUsage.roomAt(usage.open(), quotas.maxOpen(), quotas.maxOpenBytes(), size), now);
            }
            Instant expiresAt = now.plus(settings.ttl());
            uploads.add(id, owner, transport, declaration, UploadKeys.source(id), expiresAt, now);
            return new Opened(id, expiresAt);
        });
    }

    private static boolean fits(List<UploadUsage.Held> held, int maxCount, long maxBytes, long size) {
        return held.size() < maxCount && UploadUsage.bytes(held) + size <= maxBytes;
    }

    private static FlickException refused(ProblemCode problem, String detail, Optional<Instant> roomAt, Instant now) {
        return new FlickException(problem, detail, List.of(),
                roomAt.map(at -> Duration.between(now, at)).filter(wait -> !wait.isNegative()).orElse(null));
    }
}
