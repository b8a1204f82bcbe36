package io.flick.platform.web;

import java.util.Optional;

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

/** Resolves {@link CurrentUser} parameters from the verified access token's subject. */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Optional<UserId> user = current();
        if (parameter.getParameterType() == Optional.class) {
            return user;
        }
        return user.orElseThrow(() -> new FlickException(Problem.UNAUTHENTICATED, "Log in to do this."));
    }

    private static Optional<UserId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(UserId.parse(jwt.getSubject()));
        }
        return Optional.empty();
    }
}
