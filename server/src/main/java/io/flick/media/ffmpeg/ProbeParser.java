package io.flick.media.ffmpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the stream summary {@code ffmpeg -i <file>} prints on stderr. A pure function of the lines,
 * tested against captured output of real files ({@code src/test/resources/ffmpeg/probe}).
 *
 * <p>The summary looks like this (ffmpeg 8; older versions differ only in details handled below):
 * <pre>
 * Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/uploads/clip.mp4':
 *   Duration: 00:00:03.00, start: 0.000000, bitrate: 249 kb/s
 *   Stream #0:0[0x1](und): Video: h264 (High) (avc1 / 0x31637661), yuv420p(progressive), 1920x1080 [SAR 1:1 DAR 16:9], 171 kb/s, 30 fps, 30 tbr, 15360 tbn (default)
 *     Side data:
 *       displaymatrix: rotation of -90.00 degrees
 *   Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 69 kb/s (default)
 * </pre>
 */
final class ProbeParser {

    private static final Pattern INPUT = Pattern.compile("^Input #0, (.+?), from '");
    private static final Pattern DURATION = Pattern.compile("^\\s+Duration: (?:(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)|N/A)");
    private static final Pattern STREAM = Pattern.compile("^\\s+Stream #0:\\d+\\S*: (\\w+): (.*)$");
    private static final Pattern DISPLAY_MATRIX = Pattern.compile("displaymatrix: rotation of (-?\\d+(?:\\.\\d+)?) degrees");
    /** Before ffmpeg 6 the rotation was also a "rotate" metadata entry, clockwise. */
    private static final Pattern ROTATE_TAG = Pattern.compile("^\\s+rotate\\s*: (-?\\d+)\\s*$");
    private static final Pattern SIZE = Pattern.compile("^(\\d+)x(\\d+)(?:\\s.*)?$");
    private static final Pattern RATE = Pattern.compile("^(\\d+(?:\\.\\d+)?)(k?) (fps|tbr)$");
    private static final Pattern SAMPLE_RATE = Pattern.compile("^(\\d+) Hz$");
    private static final Pattern CHANNEL_COUNT = Pattern.compile("^(\\d+) channels.*$");
    private static final Pattern CHANNEL_LAYOUT = Pattern.compile("^(\\d+)\\.(\\d+)(?:\\(.*\\))?$");
    private static final Map<String, Integer> NAMED_LAYOUTS = Map.of("mono", 1, "stereo", 2, "quad", 4,
            "hexagonal", 6, "octagonal", 8, "downmix", 2);

    private ProbeParser() {
    }

    static ProbeResult parse(List<String> stderr) {
        String container = null;
        double duration = 0;
        VideoStream video = null;
        AudioStream audio = null;
        String currentKind = null;
        Double matrixRotation = null;
        Integer rotateTag = null;
        for (String line : stderr) {
            if (container == null) {
                Matcher input = INPUT.matcher(line);
                if (input.find()) {
                    container = input.group(1);
                }
                continue;
            }
            if (line.startsWith("Input #") || line.startsWith("Output #") || line.startsWith("Stream mapping")) {
                break; // the next input's or the output's summary
            }
            Matcher durationLine = DURATION.matcher(line);
            if (durationLine.find()) {
                duration = durationLine.group(1) == null ? 0 : Integer.parseInt(durationLine.group(1)) * 3600
                        + Integer.parseInt(durationLine.group(2)) * 60 + Double.parseDouble(durationLine.group(3));
                continue;
            }
            Matcher stream = STREAM.matcher(line);
            if (stream.find()) {
                if ("video".equals(currentKind) && video != null) {
                    video = withRotation(video, matrixRotation, rotateTag);
                }
                currentKind = null;
                matrixRotation = null;
                rotateTag = null;
                String kind = stream.group(1);
                String description = stream.group(2);
                if (kind.equals("Video") && video == null && !description.contains("(attached pic)")) {
                    video = video(description);
                    currentKind = video == null ? null : "video";
                } else if (kind.equals("Audio") && audio == null) {
                    audio = audio(description);
                }
                continue;
            }
            if ("video".equals(currentKind)) {
                Matcher matrix = DISPLAY_MATRIX.matcher(line);
                Matcher tag = ROTATE_TAG.matcher(line);
                if (matrix.find()) {
                    matrixRotation = Double.parseDouble(matrix.group(1));
                } else if (tag.find()) {
                    rotateTag = Integer.parseInt(tag.group(1));
                }
            }
        }
        if (container == null) {
            return ProbeResult.unrecognised();
        }
        if ("video".equals(currentKind) && video != null) {
            video = withRotation(video, matrixRotation, rotateTag);
        }
        return new ProbeResult(duration, container, Optional.ofNullable(video), Optional.ofNullable(audio));
    }

    private static VideoStream video(String description) {
        List<String> parts = topLevelParts(description);
        String codec = firstWord(parts.getFirst());
        int width = 0;
        int height = 0;
        double fps = 0;
        double tbr = 0;
        for (String part : parts) {
            Matcher size = SIZE.matcher(part);
            Matcher rate = RATE.matcher(part);
            if (width == 0 && size.matches()) {
                width = Integer.parseInt(size.group(1));
                height = Integer.parseInt(size.group(2));
            } else if (rate.matches()) {
                double value = Double.parseDouble(rate.group(1)) * (rate.group(2).isEmpty() ? 1 : 1000);
                if (rate.group(3).equals("fps")) {
                    fps = value;
                } else {
                    tbr = value;
                }
            }
        }
        if (width == 0 || height == 0) {
            return null; // a stream ffmpeg cannot size is not one we can show
        }
        return new VideoStream(codec, width, height, fps > 0 ? fps : tbr, 0);
    }

    private static AudioStream audio(String description) {
        List<String> parts = topLevelParts(description);
        String codec = firstWord(parts.getFirst());
        int sampleRate = 0;
        int channels = 0;
        for (int i = 1; i < parts.size(); i++) {
            Matcher rate = SAMPLE_RATE.matcher(parts.get(i));
            if (rate.matches()) {
                sampleRate = Integer.parseInt(rate.group(1));
                channels = i + 1 < parts.size() ? channels(parts.get(i + 1)) : 0;
                break;
            }
        }
        return new AudioStream(codec, sampleRate, channels);
    }

    /** ffmpeg names a layout ("stereo", "5.1(side)") or counts its channels ("3 channels"). */
    static int channels(String layout) {
        Integer named = NAMED_LAYOUTS.get(layout);
        if (named != null) {
            return named;
        }
        Matcher count = CHANNEL_COUNT.matcher(layout);
        if (count.matches()) {
            return Integer.parseInt(count.group(1));
        }
        Matcher surround = CHANNEL_LAYOUT.matcher(layout);
        if (surround.matches()) {
            return Integer.parseInt(surround.group(1)) + Integer.parseInt(surround.group(2));
        }
        return 0;
    }

    private static VideoStream withRotation(VideoStream video, Double matrixRotation, Integer rotateTag) {
        double degrees = matrixRotation != null ? matrixRotation : rotateTag != null ? -rotateTag : 0;
        int normalised = (int) Math.round(degrees) % 360;
        if (normalised <= -180) {
            normalised += 360;
        } else if (normalised > 180) {
            normalised -= 360;
        }
        return new VideoStream(video.codec(), video.width(), video.height(), video.fps(), normalised);
    }

    /** Splits on the commas that are not inside parentheses or brackets: {@code yuv420p(tv, bt709)} is one part. */
    static List<String> topLevelParts(String description) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(description.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(description.substring(start).strip());
        return parts;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
