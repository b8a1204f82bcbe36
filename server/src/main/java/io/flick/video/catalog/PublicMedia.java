package io.flick.video.catalog;

import org.springframework.stereotype.Component;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.video.Privacy;

/**
 * Whether a video's media may be served at plain, cacheable URLs: only a public video of a public
 * account. Media of friends-only and private videos and of every video of a private account is
 * served through signed links. Written once for uploads, edits and an account's privacy change.
 */
@Component
public class PublicMedia {

    private final UserDirectory users;

    PublicMedia(UserDirectory users) {
        this.users = users;
    }

    public boolean of(VideoRow video) {
        return of(video.privacy(), users.find(video.owner()).map(UserSummary::isPrivate).orElse(true));
    }

    public static boolean of(Privacy privacy, boolean privateAccount) {
        return privacy == Privacy.PUBLIC && !privateAccount;
    }
}
