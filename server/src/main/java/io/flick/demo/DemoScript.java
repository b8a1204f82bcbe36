package io.flick.demo;

import java.util.List;

import io.flick.media.samples.SampleClip;

/** Who is in the demo and what they post: distinct pictures, sounds, captions and hashtags. */
final class DemoScript {

    /** Everyone's password, so a newcomer can log in as a demo creator. */
    static final String PASSWORD = "flick-demo-password";

    record Creator(String username, String displayName) {
    }

    record Post(int creator, SampleClip clip, String caption) {
    }

    static final List<Creator> CREATORS = List.of(
            new Creator("maya.moves", "Maya Moves"),
            new Creator("chef.tomas", "Chef Tomás"),
            new Creator("skate_lin", "Lin on wheels"),
            new Creator("nora.travels", "Nora Travels"),
            new Creator("dj.kofi", "DJ Kofi"));

    static final List<Post> POSTS = List.of(
            post(0, "testsrc2", 220, "Warm-up routine, day 1 #dance #fyp #challenge"),
            post(1, "mandelbrot", 247, "Zooming into the perfect sauce #cooking #recipe @maya.moves"),
            post(2, "life", 262, "Tiny cells, big tricks #skate #fyp"),
            post(3, "smptehdbars", 294, "Colours of the coast #travel #sunset"),
            post(4, "rgbtestsrc", 330, "New beat drop tonight #music #dj #fyp"),
            post(0, "cellauto", 349, "Footwork drill: follow along #dance #tutorial"),
            post(1, "colorspectrum", 392, "Rainbow salad in 10 seconds #cooking #healthy"),
            post(2, "testsrc", 440, "Slow-mo kickflip attempt #skate #slowmo @dj.kofi"),
            post(3, "yuvtestsrc", 494, "Night market lights #travel #food"),
            post(4, "mandelbrot", 523, "Loop this one #music #loop #fyp"),
            post(0, "smptebars", 587, "Duet me on this move #dance #duet"),
            post(2, "testsrc2", 659, "Park session with the crew #skate #friends"));

    private static Post post(int creator, String pattern, int toneHz, String caption) {
        return new Post(creator, new SampleClip(pattern, 360, 640, 20, 6, toneHz), caption);
    }

    private DemoScript() {
    }
}
