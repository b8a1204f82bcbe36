package io.flick.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

/** Resolves {@link CurrentUser} parameters from the verified access token's subject. */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Viewer viewer = current();
        if (parameter.getParameterType() == Viewer.class) {
            return viewer;
        }
        if (parameter.getParameterType() != UserId.class) {
            throw new IllegalStateException("@CurrentUser takes a UserId or a Viewer, not " + parameter.getParameterType());
        }
        return viewer.signedIn().orElseThrow(() -> new FlickException(Problem.UNAUTHENTICATED, "Log in to do this."));
    }

    /** The one place a request's authentication becomes a viewer. */
    private static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Viewer.member(UserId.parse(jwt.getSubject()));
        }
        return Viewer.anonymous();
    }
}
