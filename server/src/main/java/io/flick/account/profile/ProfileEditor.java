package io.flick.account.profile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

import io.flick.account.AccountPrivacyChanged;
import io.flick.account.ProfileChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.flick.account.AccountProblem;
import io.flick.account.user.Usernames;
import io.flick.account.user.Users;
import io.flick.platform.BlobStorage;
import io.flick.shared.FlickException;
import io.flick.shared.Texts;
import io.flick.shared.UserId;

/** Changes to one's own profile: the editable fields and the avatar. */
@Service
class ProfileEditor {

    private static final Logger log = LoggerFactory.getLogger(ProfileEditor.class);

    private final Users users;
    private final BlobStorage storage;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileEditor(Users users, BlobStorage storage, TransactionTemplate transaction, ApplicationEventPublisher events,
                  Clock clock) {
        this.users = users;
        this.storage = storage;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    void update(UserId user, ProfilePatch patch) {
        var change = new Users.ProfileChange(
                patch.username() == null ? null : Usernames.require(patch.username()),
                patch.displayName() == null ? null : Texts.require("display_name", patch.displayName(), 1, 50, false),
                patch.bio() == null ? null : Texts.require("bio", patch.bio(), 0, 160, true),
                patch.isPrivate(), patch.likedVideosPublic());
        try {
            transaction.executeWithoutResult(status -> {
                var before = users.byId(user);
                boolean wasPrivate = before.map(row -> row.privateAccount()).orElse(false);
                users.update(user, change, clock.instant());
                if (change.privateAccount() != null && change.privateAccount() != wasPrivate) {
                    events.publishEvent(new AccountPrivacyChanged(user, change.privateAccount()));
                }
                // Only a change of a name others search by is announced (not a bio or a setting).
                users.byId(user).filter(after -> before.isEmpty()
                                || !after.username().equals(before.get().username())
                                || !java.util.Objects.equals(after.displayName(), before.get().displayName()))
                        .ifPresent(after -> events.publishEvent(new ProfileChanged(user, after.username(), after.displayName())));
            });
        } catch (DuplicateKeyException e) {
            throw new FlickException(AccountProblem.USERNAME_TAKEN, "The username " + change.username() + " is taken.");
        }
    }

    /**
     * Stores the new picture first, then points the profile at it, then deletes the old one: at
     * every moment the profile names a picture that exists.
     */
    void replaceAvatar(UserId user, InputStream upload) {
        byte[] jpeg = AvatarImages.squareJpeg(upload);
        String key = "avatars/" + user.toString().toLowerCase(java.util.Locale.ROOT) + "/" + UUID.randomUUID() + ".jpg";
        storage.put(key, new ByteArrayInputStream(jpeg), "image/jpeg");
        try {
            transaction.execute(status -> users.replaceAvatar(user, key, clock.instant()))
                    .ifPresent(this::deleteQuietly);
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
    }

    void removeAvatar(UserId user) {
        transaction.execute(status -> users.replaceAvatar(user, null, clock.instant())).ifPresent(this::deleteQuietly);
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not delete the replaced avatar {}; it stays as an orphan file", key, e);
        }
    }

    record ProfilePatch(String username, String displayName, String bio, Boolean isPrivate, Boolean likedVideosPublic) {
    }
}
