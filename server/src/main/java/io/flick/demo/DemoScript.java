package io.flick.demo;

import java.util.List;

import io.flick.media.samples.GenerativeClip;
import io.flick.media.samples.Tune;
import io.flick.media.samples.Visual;
import io.flick.media.samples.Visual.Automaton;
import io.flick.media.samples.Visual.Clouds;
import io.flick.media.samples.Visual.Gradients;
import io.flick.media.samples.Visual.Life;
import io.flick.media.samples.Visual.Mandelbrot;
import io.flick.media.samples.Visual.Swarm;

/**
 * Who is in the demo and what they post: forty short generative clips (fractal zooms, life,
 * cellular automata, gradients, clouds, music drawn as a swarm of points) with titles and
 * generated music, across eight creators, a handful of hashtags each and ten tunes, some reused by
 * later posts as a sound would be. Fixed, so every installation gets the same catalogue; a post is
 * known by its index in {@link #POSTS}, which is what {@link DemoProgress} records, so posts are
 * only ever appended.
 */
final class DemoScript {

    /** Everyone's password, so a newcomer can log in as a demo creator. */
    static final String PASSWORD = "flick-demo-password";

    // Small and short: the ladder of a 360x640 source is one rung, so a clip encodes in about a second.
    static final int WIDTH = 360;
    static final int HEIGHT = 640;
    static final int FPS = 20;

    record Creator(String username, String displayName) {
    }

    /**
     * @param soundOf the index of an earlier post whose sound this one reuses, or -1 for its own music
     */
    record Post(int creator, GenerativeClip clip, String caption, int soundOf) {

        boolean reusesSound() {
            return soundOf >= 0;
        }
    }

    static final List<Creator> CREATORS = List.of(
            new Creator("maya.moves", "Maya Moves"),
            new Creator("chef.tomas", "Chef Tomás"),
            new Creator("skate_lin", "Lin on wheels"),
            new Creator("nora.travels", "Nora Travels"),
            new Creator("dj.kofi", "DJ Kofi"),
            new Creator("pixel.priya", "Priya Pixels"),
            new Creator("astro.ben", "Ben looks up"),
            new Creator("zen.aiko", "Aiko, slowly"));

    private static final int MAYA = 0;
    private static final int TOMAS = 1;
    private static final int LIN = 2;
    private static final int NORA = 3;
    private static final int KOFI = 4;
    private static final int PRIYA = 5;
    private static final int BEN = 6;
    private static final int AIKO = 7;

    /** Ten distinct tunes: key, chord, tempo and progression all differ. */
    static final List<Tune> TUNES = List.of(
            new Tune(220.00, Tune.MINOR, 4, List.of(0, 8, 3, 10), 1.5),
            new Tune(261.63, Tune.MAJOR, 4, List.of(0, 7, 9, 5), 1.5),
            new Tune(293.66, Tune.SUSPENDED, 3, List.of(0, 5, 7, 5), 2.0),
            new Tune(329.63, Tune.MINOR, 6, List.of(0, 8, 5, 10), 1.0),
            new Tune(174.61, Tune.MAJOR_SEVENTH, 3, List.of(0, 5, 2, 7), 2.0),
            new Tune(196.00, Tune.MAJOR, 5, List.of(0, 5, 7, 0), 1.2),
            new Tune(233.08, Tune.MAJOR_SEVENTH, 2.5, List.of(0, 9, 2, 7), 2.4),
            new Tune(277.18, Tune.MINOR, 4.5, List.of(0, 9, 4, 11), 1.33),
            new Tune(659.26, Tune.MAJOR, 8, List.of(0, 5, 9, 7), 1.0),
            new Tune(110.00, Tune.SUSPENDED, 2, List.of(0, 0, 5, 7), 3.0));

    static final List<Post> POSTS = List.of(
            post(MAYA, new Gradients(11, "0xff5f6d", "0xffc371", "0x845ec2", "radial"), 1, "Warm-up\nday 1",
                    "Warm-up routine, day 1 #dance #fyp #challenge"),
            post(PRIYA, new Mandelbrot(-0.743643887037151, 0.13182590420533, 0.01, 0), 0, "Seahorse\nvalley",
                    "Zooming into seahorse valley #fractal #generative #fyp"),
            post(LIN, new Life(7, "0xffd166", "0xef476f", "0x1b1b3a"), 3, "Tiny cells,\nbig tricks",
                    "Tiny cells, big tricks #skate #fyp"),
            post(KOFI, new Swarm("#00f5d4"), 1, "New beat\ntonight",
                    "New beat drop tonight, this is the loop #music #dj #fyp"),
            post(NORA, new Gradients(23, "0x0f2027", "0x2c5364", "0xff9966", "linear"), 4, "Coast at\nsunset",
                    "Colours of the coast #travel #sunset"),
            post(TOMAS, new Clouds(5, "magma"), 5, "Perfect\nsauce",
                    "Zooming into the perfect sauce #cooking #recipe @maya.moves"),
            post(BEN, new Mandelbrot(0.2549870375144766, -0.0005679790528465, 0.005, 200), 9, "Elephant\nvalley",
                    "The elephants live at 0.25 on the real axis #space #science #math"),
            post(AIKO, new Clouds(9, "viridis"), 2, "Breathe in",
                    "Sixty seconds of calm, in six #calm #meditation"),
            post(MAYA, new Automaton(110, 3, "0xf15bb5", "0x1a1423"), 3, "Footwork\ndrill",
                    "Footwork drill: follow along #dance #tutorial"),
            post(PRIYA, new Life(42, "0x80ffdb", "0x5390d9", "0x10002b"), 6, "Game of\nlife",
                    "Conway would approve #generative #pixelart"),
            post(KOFI, new Automaton(30, 8, "0xfee440", "0x3a0ca3"), 7, "Rule 30\nremix",
                    "Rule 30 but make it a track #music #producer"),
            post(LIN, new Gradients(31, "0x00c9ff", "0x92fe9d", "0xf9f871", "spiral"), 5, "Park\nsession",
                    "Park session with the crew #skate #friends"),
            post(NORA, new Mandelbrot(-0.088, 0.654, 0.01, 90), 6, "Island\nspirals",
                    "Island hopping, fractal edition #travel #islands"),
            post(TOMAS, new Gradients(47, "0xf83600", "0xf9d423", "0x2f0743", "circular"), 4, "Rainbow\nsalad",
                    "Rainbow salad in 10 seconds #cooking #healthy"),
            post(BEN, new Swarm("#a0c4ff"), 9, "Orbit",
                    "What an orbit sounds like (roughly) #space #science"),
            post(AIKO, new Gradients(53, "0x355c7d", "0x6c5b7b", "0xc06c84", "radial"), 2, "Slow\ncolours",
                    "Let the colours do the work #calm #asmr"),
            post(MAYA, new Clouds(14, "turbo"), 1, "Freestyle\nFriday",
                    "Freestyle Friday to @dj.kofi's beat #dance #freestyle", 3),
            post(PRIYA, new Automaton(90, 21, "0x9ef01a", "0x10451d"), 8, "Sierpinski\nrising",
                    "Rule 90 draws triangles forever #generative #math"),
            post(KOFI, new Mandelbrot(-0.7746806106269039, -0.1374168856037867, 0.008, 300), 7, "Deep\nhouse",
                    "Deep house, deeper zoom #music #dj"),
            post(LIN, new Automaton(54, 12, "0xff9f1c", "0x011627"), 3, "Kickflip\nattempt 12",
                    "Slow-mo kickflip attempt #skate #slowmo @dj.kofi"),
            post(NORA, new Life(77, "0xfff3b0", "0xe09f3e", "0x335c67"), 4, "Night\nmarket",
                    "Night market lights #travel #food"),
            post(TOMAS, new Life(88, "0xffe66d", "0xff6b6b", "0x1a535c"), 5, "Popcorn\nphysics",
                    "Popcorn physics, explained badly #cooking #science @astro.ben"),
            post(BEN, new Clouds(33, "cividis"), 9, "Gas giant",
                    "Jupiter's clouds, sort of #space #astronomy"),
            post(AIKO, new Swarm("#ffd6ff"), 2, "Hum",
                    "A hum you can see #calm #meditation", 7),
            post(MAYA, new Mandelbrot(-1.25066, 0.02012, 0.01, 150), 1, "Spin\nchallenge",
                    "Spin challenge, who's next? #dance #challenge", 3),
            post(PRIYA, new Gradients(61, "0x12c2e9", "0xc471ed", "0xf64f59", "spiral"), 6, "Colour\nspiral",
                    "Spirals all the way down #generative #colour"),
            post(KOFI, new Life(99, "0xff006e", "0x8338ec", "0x03071e"), 0, "Minor\nmood",
                    "Minor key mood for late nights #music #lofi"),
            post(LIN, new Clouds(41, "turbo"), 3, "Downhill",
                    "Downhill, no brakes #skate #fyp"),
            post(NORA, new Automaton(150, 17, "0xb5e48c", "0x184e77"), 4, "Rice\nterraces",
                    "Rice terraces from above #travel #nature"),
            post(TOMAS, new Swarm("#ffbe0b"), 5, "Sizzle",
                    "The sound of the pan is the recipe #cooking #asmr"),
            post(BEN, new Mandelbrot(-0.10109636384562, 0.95628651080914, 0.01, 240), 9, "Edge of\nthe set",
                    "The edge of the set is infinitely long #math #science"),
            post(AIKO, new Life(123, "0xcaf0f8", "0x90e0ef", "0x03045e"), 2, "Rain on\nthe window",
                    "Rain on the window #calm #sleep"),
            post(MAYA, new Automaton(73, 5, "0x4cc9f0", "0x240046"), 1, "Duet me",
                    "Duet me on this move #dance #duet", 3),
            post(PRIYA, new Clouds(71, "viridis"), 8, "Aurora",
                    "Aurora from noise #generative #nature"),
            post(KOFI, new Gradients(83, "0x7f00ff", "0xe100ff", "0x00f5d4", "linear"), 7, "Drop",
                    "Wait for the drop #music #edm"),
            post(LIN, new Mandelbrot(-0.7436447860, 0.1318252536, 0.02, 330), 3, "Park\nlines",
                    "Finding new lines in the park #skate #friends", 27),
            post(NORA, new Swarm("#caffbf"), 4, "Postcard",
                    "A postcard you can hear #travel", 4),
            post(TOMAS, new Automaton(126, 29, "0xffffff", "0xd00000"), 5, "Slice\nand dice",
                    "Knife skills, generated #cooking #tutorial", 5),
            post(BEN, new Gradients(97, "0x000428", "0x004e92", "0xfdfc47", "radial"), 9, "Sunrise\nfrom orbit",
                    "Sunrise from orbit #space #sunrise", 14),
            post(AIKO, new Automaton(18, 37, "0xe0e1dd", "0x1b263b"), 2, "Stillness",
                    "Nothing happens, slowly #calm #meditation", 15));

    private static Post post(int creator, Visual visual, int tune, String title, String caption) {
        return post(creator, visual, tune, title, caption, -1);
    }

    private static Post post(int creator, Visual visual, int tune, String title, String caption, int soundOf) {
        return new Post(creator, new GenerativeClip(visual, TUNES.get(tune), title, WIDTH, HEIGHT, FPS, 6), caption, soundOf);
    }

    private DemoScript() {
    }
}
