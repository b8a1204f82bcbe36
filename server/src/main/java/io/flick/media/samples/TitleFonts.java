package io.flick.media.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A font for titles drawn on generated clips. The bundled ffmpeg draws text with libfreetype but has
 * no fontconfig, so it needs a font file: the first bold sans-serif found where Linux distributions,
 * macOS and Windows keep theirs. No font found means clips without titles, never a failure.
 */
public final class TitleFonts {

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            Path.of("/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"),
            Path.of("/usr/share/fonts/noto/NotoSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
            Path.of("/Library/Fonts/Arial Bold.ttf"),
            Path.of("C:\\Windows\\Fonts\\arialbd.ttf"));

    private TitleFonts() {
    }

    /** The configured font when given, else the first system font found. */
    public static Optional<Path> find(Optional<Path> configured) {
        if (configured.isPresent()) {
            return configured.filter(Files::isReadable);
        }
        return CANDIDATES.stream().filter(Files::isReadable).findFirst();
    }
}
