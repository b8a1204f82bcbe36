package io.flick.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Matches a request that no controller maps at all, whatever its method: asking such an address for a
 * token would tell a visitor "log in" about a thing that does not exist, so it goes on to the 404.
 * An address that exists for another method is not matched (it keeps its own rule, then 405).
 */
final class UnmappedRoute implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmappedRoute(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        // Only the API asks for tokens; everything else is open already and need not be looked up twice.
        if (mapping == null || !request.getServletPath().startsWith("/api/")) {
            return false;
        }
        Object parsedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain handler = mapping.getHandler(request);
            return handler == null;
        } catch (Exception e) {
            return false; // the path exists but not for this method or content type
        } finally {
            if (parsedPath == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsedPath);
            }
        }
    }
}
