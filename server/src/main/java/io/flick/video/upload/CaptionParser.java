package io.flick.video.upload;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds #hashtags and @mentions in a caption. Hashtags are letters, digits and underscores of any
 * script, compared in lower case (NFKC), at most 100 characters. A mention is an @ that does not
 * follow a word character (so an e-mail address is not a mention) and a valid username.
 */
public final class CaptionParser {

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]{1,100})");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.]{2,30})");

    private CaptionParser() {
    }

    static Set<String> hashtags(String caption) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = HASHTAG.matcher(caption);
        while (m.find()) {
            tags.add(normalise(m.group(1)));
        }
        return tags;
    }

    static Set<String> mentions(String caption) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(caption);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\.+$", "");
            if (name.length() >= 2) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * A hashtag given on its own (the request's {@code hashtags}, a hashtag page's name), with or
     * without the leading #, normalised as captions' hashtags are; null if it is not a hashtag.
     */
    public static String hashtag(String text) {
        String tag = text == null ? "" : text.strip();
        if (tag.startsWith("#")) {
            tag = tag.substring(1);
        }
        return tag.matches("[\\p{L}\\p{N}_]{1,100}") ? normalise(tag) : null;
    }

    static List<String> merge(Set<String> fromCaption, List<String> given) {
        Set<String> all = new LinkedHashSet<>(fromCaption);
        all.addAll(given);
        return List.copyOf(all);
    }

    private static String normalise(String tag) {
        return Normalizer.normalize(tag, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
