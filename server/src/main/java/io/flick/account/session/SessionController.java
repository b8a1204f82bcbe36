package io.flick.account.session;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.AccountProblem;
import io.flick.account.profile.ProfileViews;
import io.flick.account.user.Users;
import io.flick.shared.FlickException;
import io.flick.shared.Problem;
import io.flick.shared.UserId;

@RestController
@RequestMapping("/api/v1/auth")
class SessionController {

    private final LogIn logIn;
    private final SessionTokens tokens;
    private final Users users;
    private final ProfileViews views;
    private final Clock clock;

    SessionController(LogIn logIn, SessionTokens tokens, Users users, ProfileViews views, Clock clock) {
        this.logIn = logIn;
        this.tokens = tokens;
        this.users = users;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping("/login")
    TokenResponse login(@RequestBody LoginRequest request) {
        return response(logIn.logIn(request.login(), request.password()));
    }

    @PostMapping("/refresh")
    TokenResponse refresh(@RequestBody RefreshRequest request) {
        return response(tokens.refresh(request.refreshToken()));
    }

    /** Ends the session the access token belongs to; its refresh token and access tokens stop working. */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal Jwt token) {
        Object session = token.getClaims().get("sid");
        if (!(session instanceof Number sid)) {
            throw new FlickException(Problem.INVALID_TOKEN, "The access token names no session.");
        }
        tokens.end(sid.longValue(), UserId.parse(token.getSubject()));
    }

    private TokenResponse response(TokenPair pair) {
        var user = users.byId(pair.user())
                .orElseThrow(() -> new FlickException(AccountProblem.INVALID_CREDENTIALS, "The account no longer exists."));
        return TokenResponse.of(pair, views.forOwner(user), clock);
    }

    record LoginRequest(String login, String password) {
    }

    record RefreshRequest(String refreshToken) {
    }
}
