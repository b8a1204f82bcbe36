package io.flick.media.samples;

import java.util.List;
import java.util.Locale;

/**
 * A short loop of generated music: a plucked arpeggio over a soft pad, following a four-bar chord
 * progression. Distinct roots, chords, tempos and progressions make distinct sounds.
 *
 * @param rootHz      the key's root (the pad sits an octave below)
 * @param chord       the arpeggio's intervals in semitones above each bar's root (four notes)
 * @param notesPerSecond how fast the arpeggio runs
 * @param progression each bar's root in semitones above {@code rootHz} (four bars, one loop)
 * @param barSeconds  length of a bar
 */
public record Tune(double rootHz, List<Integer> chord, double notesPerSecond, List<Integer> progression,
                   double barSeconds) {

    public static final List<Integer> MAJOR = List.of(0, 4, 7, 12);
    public static final List<Integer> MINOR = List.of(0, 3, 7, 12);
    public static final List<Integer> SUSPENDED = List.of(0, 5, 7, 12);
    public static final List<Integer> MAJOR_SEVENTH = List.of(0, 4, 7, 11);

    public Tune {
        chord = List.copyOf(chord);
        progression = List.copyOf(progression);
        if (chord.size() != 4 || progression.size() != 4 || rootHz <= 0 || notesPerSecond <= 0 || barSeconds <= 0) {
            throw new IllegalArgumentException("a tune has a positive root, tempo and bar, four chord notes and four bars");
        }
    }

    /**
     * The two {@code aevalsrc} channel expressions (left|right) of this tune lasting {@code seconds}:
     * the right channel's arpeggio is a fifth up, so the two channels differ (a vectorscope draws shapes).
     */
    String expression(double seconds) {
        String bar = "mod(floor(t/%s),4)".formatted(number(barSeconds));
        String step = "mod(floor(t*%s),4)".formatted(number(notesPerSecond));
        String root = pick(bar, progression);
        String note = "(" + root + "+" + pick(step, chord) + ")";
        String pluck = "exp(-5*mod(t*%s,1))".formatted(number(notesPerSecond));
        String fade = "min(min(1,t/0.3),max(0,(%s-t)/0.6))".formatted(number(seconds));
        String pad = "0.07*(sin(2*PI*t*%1$s*pow(2,%2$s/12))+sin(2*PI*t*%1$s*pow(2,(%2$s+%3$d)/12))+sin(2*PI*t*%1$s*pow(2,(%2$s+7)/12)))"
                .formatted(number(rootHz / 2), root, chord.get(1));
        String lead = "0.22*sin(2*PI*t*%s*pow(2,%s/12))*%s".formatted(number(rootHz), note, pluck);
        String leadFifth = "0.16*sin(2*PI*t*%s*pow(2,(%s+7)/12))*%s".formatted(number(rootHz), note, pluck);
        return fade + "*(" + lead + "+" + pad + ")|" + fade + "*(" + leadFifth + "+" + pad + ")";
    }

    private static String pick(String index, List<Integer> values) {
        return "if(eq(%1$s,0),%2$d,if(eq(%1$s,1),%3$d,if(eq(%1$s,2),%4$d,%5$d)))"
                .formatted(index, values.get(0), values.get(1), values.get(2), values.get(3));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
