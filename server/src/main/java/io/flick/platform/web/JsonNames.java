package io.flick.platform.web;

import java.util.Locale;

/** Java property names as the API spells them (snake_case), so field errors name what the client sent. */
final class JsonNames {

    private JsonNames() {
    }

    static String of(String javaName) {
        if (javaName == null) {
            return "body";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && javaName.charAt(i - 1) != '.') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
