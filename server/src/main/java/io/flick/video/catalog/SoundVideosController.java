package io.flick.video.catalog;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.shared.SoundId;
import io.flick.shared.Viewer;
import io.flick.sound.Sounds;
import io.flick.video.VideoCard;

/**
 * A sound's videos (the sound page's grid): the published videos that use it, {@code sort=recent}
 * or {@code top}, as far as the viewer may see each (see {@link SortedVideoPages}). Here rather than
 * in the sound module because videos depend on sounds, not the other way round. A sound the caller
 * may not hear is 404 {@code sound_not_found}, raised by the sound module's rule, as its own page does.
 */
@RestController
class SoundVideosController {

    private final SortedVideoPages pages;
    private final Sounds sounds;

    SoundVideosController(SortedVideoPages pages, Sounds sounds) {
        this.pages = pages;
        this.sounds = sounds;
    }

    @GetMapping("/api/v1/sounds/{soundId}/videos")
    SoundVideos list(@PathVariable String soundId, @CurrentUser Viewer viewer, HttpServletRequest request,
                     @RequestParam(required = false) String sort,
                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        SoundId sound = SoundId.parse(soundId);
        VideoOrder order = VideoOrder.of(sort);
        sounds.requireAudible(sound, viewer);
        SortedVideoPages.Page page = pages.page(pages.using(sound), "sound:" + sound, order, viewer, request.getRemoteAddr(),
                limit, cursor);
        return new SoundVideos(sound, page.videos(), page.nextCursor());
    }

    record SoundVideos(SoundId soundId, List<VideoCard> videos, String nextCursor) {
    }
}
