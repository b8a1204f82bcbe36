package io.flick.media.samples;

import java.util.Locale;

/**
 * A moving picture drawn by one of ffmpeg's generative sources: what a demo clip looks like.
 * Every parameter that ffmpeg would otherwise pick at random (a seed) is fixed, so the same
 * visual gives the same picture on every run.
 */
public sealed interface Visual {

    /**
     * The filter chain (a lavfi source and its colouring) that draws this visual at {@code width} x
     * {@code height} and {@code fps} for {@code seconds}, in {@code yuv420p}; {@code music} is the label
     * of the clip's audio, for visuals that draw the sound.
     */
    String filter(int width, int height, int fps, double seconds, String music);

    /** A zoom into the Mandelbrot set towards ({@code x}, {@code y}), hue turned by {@code hue} degrees. */
    record Mandelbrot(double x, double y, double endScale, int hue) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            // Rendered at half size and scaled up: a zoom is smooth anyway and this is 4x cheaper.
            return "mandelbrot=s=%dx%d:r=%d:maxiter=300:start_x=%s:start_y=%s:start_scale=3:end_scale=%s:end_pts=%d"
                    .formatted(even(width / 2), even(height / 2), fps, number(x), number(y), number(endScale),
                            Math.round(seconds * fps))
                    + ":outer=normalized_iteration_count:inner=black,scale=%d:%d:flags=bicubic,hue=h=%d,format=yuv420p"
                    .formatted(width, height, hue);
        }
    }

    /** Conway's life on a coarse grid, its cells in {@code life}, fading ("mould") to {@code mould} on {@code ground}. */
    record Life(long seed, String life, String mould, String ground) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            return "life=s=%dx%d:r=%d:mold=20:ratio=0.25:seed=%d:life_color=%s:mold_color=%s:death_color=%s"
                    .formatted(width / 4, height / 4, Math.max(1, fps / 2), seed, life, mould, ground)
                    + ",scale=%d:%d:flags=neighbor,fps=%d,format=yuv420p".formatted(width, height, fps);
        }
    }

    /** An elementary cellular automaton ({@code rule}) scrolling up: living cells in {@code cell} on {@code ground}. */
    record Automaton(int rule, long seed, String cell, String ground) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            return "cellauto=s=%dx%d:r=%d:rule=%d:random_fill_ratio=0.1:seed=%d,scale=%d:%d:flags=neighbor,format=rgb24"
                    .formatted(width / 6, height / 6, fps, rule, seed, width, height)
                    + ",lutrgb=r='if(val,%d,%d)':g='if(val,%d,%d)':b='if(val,%d,%d)',format=yuv420p".formatted(
                    channel(cell, 0), channel(ground, 0), channel(cell, 1), channel(ground, 1), channel(cell, 2), channel(ground, 2));
        }
    }

    /** Colours drifting into each other: {@code type} is linear, radial, circular or spiral. */
    record Gradients(long seed, String from, String via, String to, String type) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            return "gradients=s=%dx%d:r=%d:c0=%s:c1=%s:c2=%s:n=3:speed=0.03:seed=%d:type=%s,format=yuv420p"
                    .formatted(width, height, fps, from, via, to, seed, type);
        }
    }

    /** Slowly moving Perlin-noise clouds, coloured with an ffmpeg {@code palette} (magma, turbo, viridis…). */
    record Clouds(long seed, String palette) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            return "perlin=s=%dx%d:r=%d:octaves=3:persistence=0.6:xscale=1.5:yscale=1.5:tscale=0.3:random_mode=seed:random_seed=%d"
                    .formatted(even(width / 2), even(height / 2), fps, seed)
                    + ",scale=%d:%d,format=yuv444p,pseudocolor=p=%s,format=yuv420p".formatted(width, height, palette);
        }
    }

    /** The music itself, drawn as a swarm of points (a stereo vectorscope) in {@code colour} on black. */
    record Swarm(String colour) implements Visual {
        @Override
        public String filter(int width, int height, int fps, double seconds, String music) {
            int side = Math.min(width, height);
            return "[%s]avectorscope=s=%dx%d:r=%d:draw=line:mode=lissajous_xy:zoom=3:rc=%d:gc=%d:bc=%d:rf=12:gf=12:bf=12"
                    .formatted(music, side, side, fps, channel(colour, 0), channel(colour, 1), channel(colour, 2))
                    + ",pad=%d:%d:(ow-iw)/2:(oh-ih)/2,format=yuv420p".formatted(width, height);
        }

    }

    /** A channel of a colour written {@code #rrggbb} or {@code 0xrrggbb}. */
    private static int channel(String colour, int index) {
        String hex = colour.substring(colour.length() - 6);
        return Integer.parseInt(hex.substring(2 * index, 2 * index + 2), 16);
    }

    private static int even(int value) {
        return value - value % 2;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.12g", value);
    }
}
