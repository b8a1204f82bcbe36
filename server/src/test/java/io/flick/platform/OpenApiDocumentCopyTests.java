package io.flick.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.flick.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web client's copy of the API document ({@code web/openapi.json}, from which its API types are
 * checked at build time) is the document the server serves, so the client and the server cannot
 * drift apart unnoticed. When the API changes, refresh the copy with
 * {@code ./mvnw -pl server -am test -Dtest=OpenApiDocumentCopyTests -Dflick.openapi.write=true}
 * and rebuild the web client.
 */
class OpenApiDocumentCopyTests extends IntegrationTest {

    private static final Path COPY = Path.of("..", "web", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void theWebClientsCopyOfTheDocumentIsTheDocumentTheServerServes() throws IOException {
        var answer = api.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode served = withoutServers(answer.json());

        if (Boolean.getBoolean("flick.openapi.write")) {
            Files.writeString(COPY, JSON.writeValueAsString(served) + "\n");
        }
        assertThat(COPY).as("the web client's copy of the API document").exists();
        assertThat(withoutServers(JSON.readTree(Files.readString(COPY))))
                .as("web/openapi.json differs from /v3/api-docs: refresh it with -Dflick.openapi.write=true (see this test's comment)")
                .isEqualTo(served);
    }

    /** The server's address is the test server's random port: not part of the API. */
    private static JsonNode withoutServers(JsonNode document) {
        ObjectNode copy = (ObjectNode) document.deepCopy();
        copy.remove("servers");
        return copy;
    }
}
