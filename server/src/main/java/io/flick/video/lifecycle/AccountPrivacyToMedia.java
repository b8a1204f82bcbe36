package io.flick.video.lifecycle;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.flick.account.AccountPrivacyChanged;
import io.flick.media.MediaProcessing;
import io.flick.shared.VideoId;
import io.flick.video.Privacy;
import io.flick.video.catalog.PublicMedia;
import io.flick.video.catalog.Videos;

/**
 * An account turning private has its public videos' media served through signed links from now on
 * (their plain URLs answer 404); turning public again serves them at plain URLs again. Friends-only
 * and private videos are signed either way ({@link PublicMedia}).
 */
@Component
class AccountPrivacyToMedia {

    private final Videos videos;
    private final MediaProcessing media;

    AccountPrivacyToMedia(Videos videos, MediaProcessing media) {
        this.videos = videos;
        this.media = media;
    }

    @ApplicationModuleListener
    void on(AccountPrivacyChanged event) {
        List<Long> assets = videos.idsOf(event.user(), Privacy.PUBLIC).stream().map(VideoId::assetId).toList();
        media.visibility(assets, PublicMedia.of(Privacy.PUBLIC, event.isPrivate()));
    }
}
