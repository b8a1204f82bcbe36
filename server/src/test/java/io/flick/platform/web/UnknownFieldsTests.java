package io.flick.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.flick.shared.FieldError;
import io.flick.shared.FlickException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an unknown field is named, however Jackson met it: read straight through, or buffered and
 * replayed because a record's creator did not yet have all its arguments when the field came.
 */
class UnknownFieldsTests {

    record Metadata(Number width, Number height, Double fps) {
    }

    record Init(Number fileSize, Double videoDuration, Metadata videoMetadata) {
    }

    record Item(String name) {
    }

    record Order(List<Item> items) {
    }

    private static final JsonMapper STRICT = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addHandler(UnknownFields.COLLECTOR)
            .build();

    @Test
    void unknownFieldsAreNamedByTheirPathWhereverTheyStandAmongARecordsArguments() throws Exception {
        assertThat(unknown(Init.class, """
                {"file_size": 1, "video_duration": 3,
                 "video_metadata": {"width": 180, "height": 320, "depth": 8, "layers": [1, 2]}}"""))
                .containsExactlyInAnyOrder("video_metadata.depth", "video_metadata.layers");
        assertThat(unknown(Init.class, """
                {"video_metadata": {"depth": 8, "width": 180, "layers": {"a": 1}, "height": 320, "fps": 30},
                 "extra": true, "file_size": 1, "video_duration": 3}"""))
                .containsExactlyInAnyOrder("video_metadata.depth", "video_metadata.layers", "extra");
        assertThat(unknown(Init.class, """
                {"file_size": 1, "video_duration": 3, "video_metadata": {"width": 1, "height": 2, "fps": 3}, "last": 1}"""))
                .containsExactly("last");
        assertThat(unknown(Order.class, """
                {"items": [{"name": "a"}, {"nmae": "b", "name": "b"}]}"""))
                .containsExactly("items[1].nmae");
    }

    @Test
    void theOrderOfTheFieldsDoesNotChangeTheirNames() throws Exception {
        List<String> metadata = List.of("\"width\": 180", "\"height\": 320", "\"depth\": {\"bits\": 8}", "\"layers\": [1, 2]");
        List<String> top = List.of("\"file_size\": 1", "\"extra\": [{}]", "\"video_duration\": 3", "\"video_metadata\": {%s}");
        for (List<String> inner : permutations(metadata)) {
            for (List<String> outer : permutations(top)) {
                String json = "{" + String.join(", ", outer).formatted(String.join(", ", inner)) + "}";
                assertThat(unknown(Init.class, json)).as(json)
                        .containsExactlyInAnyOrder("video_metadata.depth", "video_metadata.layers", "extra");
            }
        }
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> all = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new java.util.ArrayList<>(items);
            String first = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> one = new java.util.ArrayList<>();
                one.add(first);
                one.addAll(tail);
                all.add(one);
            }
        }
        return all;
    }

    private static List<String> unknown(Class<?> type, String json) throws java.io.IOException {
        var fields = new UnknownFields();
        fields.beforeBodyRead(null, null, null, null);
        Object body = STRICT.readValue(json, type);
        var refused = catchThrowableOfType(FlickException.class, () -> fields.afterBodyRead(body, null, null, null, null));
        return refused == null ? List.of()
                : refused.fieldErrors().stream().map(FieldError::field).toList();
    }
}
