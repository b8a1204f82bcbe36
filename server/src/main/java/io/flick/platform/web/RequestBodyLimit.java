package io.flick.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.flick.platform.SizeLimitedInputStream;
import io.flick.shared.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps every request body by route, while it is read: a declared {@code Content-Length} over the cap
 * is refused before a byte is read, and a body without one (chunked) fails as soon as it passes the
 * cap, so no one can make the server buffer more than the cap. Runs before security, because even an
 * anonymous log-in body is read. Upload routes keep their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(WebSettings.class)
class RequestBodyLimit extends OncePerRequestFilter {

    // Matched on the decoded, normalised path the dispatcher routes by, so no spelling of another route gets here.
    // A trailing slash names a prefix (the upload's id follows); the avatar is one exact address.
    private static final List<String> UPLOAD_ROUTES = List.of("/media/uploads/", "/api/v1/uploads/tus/",
            "/api/v1/users/me/avatar");

    private final WebSettings settings;
    private final ProblemResponses problems;

    RequestBodyLimit(WebSettings settings, ProblemResponses problems) {
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (UPLOAD_ROUTES.stream().anyMatch(route -> route.endsWith("/")
                ? path.startsWith(route) || (path + "/").equals(route) : path.equals(route))) {
            chain.doFilter(request, response);
            return;
        }
        long limit = (path.startsWith("/api/v1/auth/") ? settings.maxAuthBody() : settings.maxBody()).toBytes();
        if (request.getContentLengthLong() > limit) {
            HttpHeaders headers = new HttpHeaders();
            headers.setConnection("close"); // the unread body is not worth draining
            problems.write(Problem.PAYLOAD_TOO_LARGE, tooLarge(limit), request, response, headers);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static String tooLarge(long limit) {
        return "The request body is larger than this address accepts (" + limit + " bytes).";
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }
    }

    /** The servlet's stream, read through a {@link SizeLimitedInputStream}: past the cap it throws. */
    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final SizeLimitedInputStream limited;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limited = new SizeLimitedInputStream(in, limit);
        }

        @Override
        public int read() throws IOException {
            return limited.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return limited.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
