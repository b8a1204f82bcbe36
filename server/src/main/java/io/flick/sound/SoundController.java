package io.flick.sound;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.media.MediaLinks;
import io.flick.media.MediaProcessing;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.SoundId;
import io.flick.shared.Viewer;

@RestController
class SoundController {

    private final StoredSounds catalog;
    private final SoundAccess access;
    private final UserDirectory users;
    private final MediaProcessing media;
    private final MediaLinks links;

    SoundController(StoredSounds catalog, SoundAccess access, UserDirectory users, MediaProcessing media,
                    MediaLinks links) {
        this.catalog = catalog;
        this.access = access;
        this.users = users;
        this.media = media;
        this.links = links;
    }

    /** A sound the caller may not hear answers 404, as if it did not exist. */
    @GetMapping("/api/v1/sounds/{soundId}")
    SoundView sound(@PathVariable String soundId, @CurrentUser Viewer viewer) {
        SoundRow sound = catalog.find(SoundId.parse(soundId)).filter(row -> access.canHear(row, viewer))
                .orElseThrow(() -> new FlickException(SoundProblem.SOUND_NOT_FOUND, "There is no such sound."));
        String audioUrl = media.asset(sound.sourceAssetId()).map(links::audio).orElse(null);
        return new SoundView(sound.id(), sound.name(), users.find(sound.owner()).orElse(null), sound.duration(),
                sound.usageCount(), sound.original(), audioUrl, sound.createdAt());
    }

    record SoundView(SoundId soundId, String name, UserSummary author, double duration, int usageCount,
                     boolean isOriginal, String audioUrl, java.time.Instant createdAt) {
    }
}
