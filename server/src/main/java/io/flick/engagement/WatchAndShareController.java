package io.flick.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.platform.CurrentUser;
import io.flick.platform.FlickSettings;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;
import io.flick.shared.VideoId;
import jakarta.servlet.http.HttpServletRequest;

/** Seed 001's view and share endpoints. Views may come from visitors too (the feed works signed out). */
@RestController
class WatchAndShareController {

    private final ViewsAndShares viewsAndShares;
    private final String base;

    WatchAndShareController(ViewsAndShares viewsAndShares, FlickSettings flick) {
        this.viewsAndShares = viewsAndShares;
        this.base = flick.publicUrl() == null ? "" : flick.publicUrl().toString().replaceAll("/+$", "");
    }

    @PostMapping("/api/v1/videos/{videoId}/view")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void view(@PathVariable String videoId, @CurrentUser Viewer viewer, @RequestBody ViewRequest request,
              HttpServletRequest http) {
        List<FieldError> errors = new ArrayList<>();
        if (request.watchTime() == null || request.watchTime() < 0 || request.watchTime() > 3600) {
            errors.add(new FieldError("watch_time", "out_of_range", "must be between 0 and 3600 seconds"));
        }
        if (request.completionRate() == null || request.completionRate() < 0 || request.completionRate() > 100) {
            errors.add(new FieldError("completion_rate", "out_of_range", "must be between 0 and 100 (loops count above 1)"));
        }
        String source = request.source() == null ? "" : request.source().toLowerCase(Locale.ROOT);
        if (!ViewsAndShares.SOURCES.contains(source)) {
            errors.add(new FieldError("source", "one_of", "must be one of " + String.join(", ", ViewsAndShares.SOURCES)));
        }
        if (!errors.isEmpty()) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.", errors);
        }
        String viewerKey = viewer.signedIn().map(UserId::toString).orElse("ip:" + http.getRemoteAddr());
        viewsAndShares.view(VideoId.parse(videoId), viewer, viewerKey, request.watchTime(), request.completionRate(), source);
    }

    @PostMapping("/api/v1/videos/{videoId}/share")
    @ResponseStatus(HttpStatus.CREATED)
    ShareLink share(@PathVariable String videoId, @CurrentUser UserId me, @RequestBody ShareRequest request) {
        String type = request.shareType() == null ? "" : request.shareType().toLowerCase(Locale.ROOT);
        if (!type.equals("internal") && !type.equals("external")) {
            throw FlickException.invalidField("share_type", "one_of", "must be internal or external");
        }
        String platform = request.platform() == null || request.platform().isBlank() ? null
                : request.platform().strip().toLowerCase(Locale.ROOT);
        if (platform != null && !platform.matches("[a-z0-9_.-]{1,30}")) {
            throw FlickException.invalidField("platform", "format", "must be 1 to 30 letters, digits, _ . or -");
        }
        VideoId video = VideoId.parse(videoId);
        viewsAndShares.share(video, me, type, platform);
        return new ShareLink(base + "/v/" + video);
    }

    record ViewRequest(Double watchTime, Double completionRate, String source) {
    }

    record ShareRequest(String shareType, String platform) {
    }

    record ShareLink(String shareUrl) {
    }
}
