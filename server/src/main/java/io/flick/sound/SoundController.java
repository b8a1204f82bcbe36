package io.flick.sound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.media.MediaLinks;
import io.flick.media.MediaProcessing;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.SoundId;

@RestController
class SoundController {

    private final SoundCatalog catalog;
    private final UserDirectory users;
    private final MediaProcessing media;
    private final MediaLinks links;

    SoundController(SoundCatalog catalog, UserDirectory users, MediaProcessing media, MediaLinks links) {
        this.catalog = catalog;
        this.users = users;
        this.media = media;
        this.links = links;
    }

    @GetMapping("/api/v1/sounds/{soundId}")
    SoundView sound(@PathVariable String soundId) {
        SoundRow sound = catalog.find(SoundId.parse(soundId))
                .orElseThrow(() -> new FlickException(Problem.SOUND_NOT_FOUND, "There is no such sound."));
        String audioUrl = media.asset(sound.sourceAssetId()).map(asset -> links.urls(asset).audio()).orElse(null);
        return new SoundView(sound.id(), sound.name(), users.find(sound.owner()).orElse(null), sound.duration(),
                sound.usageCount(), sound.original(), audioUrl, sound.createdAt());
    }

    record SoundView(SoundId soundId, String name, UserSummary author, double duration, int usageCount,
                     boolean isOriginal, String audioUrl, java.time.Instant createdAt) {
    }
}
