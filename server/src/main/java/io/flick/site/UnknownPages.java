package io.flick.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A browser that asks for a page nobody routes gets the app's own "Nothing here" page: the shell,
 * with status 404, which the client's router renders as such. Only a page request is answered so
 * (a GET that names {@code text/html} explicitly, outside {@code /api}, {@code /media} and {@code /assets}); API
 * clients, media players and anything else keep the 404 problem+json.
 */
@Component
class UnknownPages implements HandlerExceptionResolver, Ordered {

    /** Addresses under these are never pages: the API, media, the build's hashed assets. */
    private static final List<String> NOT_PAGES = List.of("/api", "/media", "/assets");

    private final AppShell shell;

    UnknownPages(AppShell shell) {
        this.shell = shell;
    }

    /** Before Spring's own resolvers, whose exception handlers would answer every 404 with a problem. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof NoResourceFoundException) || !isPageRequest(request)) {
            return null; // the problem handlers answer
        }
        try {
            byte[] body = shell.page().getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(body);
            }
            return new ModelAndView();
        } catch (IOException e) {
            return null; // the browser went away
        }
    }

    static boolean isPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String area : NOT_PAGES) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return false;
            }
        }
        return acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
    }

    /** Named explicitly: a client that accepts anything ({@code *}{@code /*}) is not a browser asking for a page. */
    private static boolean acceptsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.getQualityValue() > 0 && "text".equals(type.getType())
                    && "html".equals(type.getSubtype()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
