package io.flick.bench.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads a (gzipped) CSV file with a header row, fields optionally in double quotes. */
final class Csv {

    static void read(Path file, Consumer<Map<String, String>> row) throws IOException {
        var in = Files.newInputStream(file);
        var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> header = split(reader.readLine());
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> fields = split(line);
                Map<String, String> values = new HashMap<>(header.size() * 2);
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < fields.size() ? fields.get(i) : "");
                }
                row.accept(values);
            }
        }
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private Csv() {
    }
}
