package io.flick.video.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.flick.account.UserDirectory;
import io.flick.account.UserSummary;
import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.Texts;
import io.flick.shared.UserId;
import io.flick.video.Privacy;

/** What a video's details must be, for an upload and an edit alike: caption, hashtags, mentions, privacy. */
public final class DetailRules {

    public static final int MAX_CAPTION = 2200;
    public static final int MAX_HASHTAGS = 30;

    private DetailRules() {
    }

    /** A caption: the text rule, at most {@value #MAX_CAPTION} characters (empty allowed). */
    public static String caption(String text) {
        return Texts.require("caption", text, 0, MAX_CAPTION, true);
    }

    /** The caption's hashtags and the given ones (each validated), at most {@value #MAX_HASHTAGS}. */
    public static List<String> hashtags(String caption, List<String> given) {
        List<String> tags = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (given != null) {
            for (int i = 0; i < given.size(); i++) {
                String tag = CaptionParser.hashtag(given.get(i));
                if (tag == null) {
                    errors.add(new FieldError("hashtags[" + i + "]", "format",
                            "must be 1 to 100 letters, digits or underscores"));
                } else {
                    tags.add(tag);
                }
            }
        }
        List<String> all = CaptionParser.merge(CaptionParser.hashtags(caption), tags);
        if (all.size() > MAX_HASHTAGS) {
            errors.add(new FieldError("hashtags", "too_many", "at most " + MAX_HASHTAGS + " hashtags"));
        }
        if (!errors.isEmpty()) {
            throw new FlickException(Problem.VALIDATION_FAILED, "The request has invalid fields.", errors);
        }
        return all;
    }

    /** A privacy code; absent or blank is public. */
    public static Privacy privacy(String text) {
        if (text == null || text.isBlank()) {
            return Privacy.PUBLIC;
        }
        try {
            return Privacy.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw FlickException.invalidField("privacy", "one_of", "must be public, friends or private");
        }
    }

    /** The people the caption mentions who exist (an unknown name is plain text). */
    public static List<UserId> mentions(String caption, UserDirectory users) {
        return CaptionParser.mentions(caption).stream()
                .map(users::byUsername).flatMap(Optional::stream).map(UserSummary::userId).toList();
    }
}
