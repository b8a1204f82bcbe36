package io.flick.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refused cross-origin request answered as problem+json like every other error. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

    private static final byte[] BODY = ("{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"This origin may not call the API.\",\"code\":\"forbidden\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(BODY);
        response.flush();
    }
}
