package io.flick.account.registration;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.flick.account.AccountSettings;
import io.flick.account.profile.ProfileViews;
import io.flick.account.session.SessionTokens;
import io.flick.account.session.TokenResponse;
import io.flick.account.user.Users;

/** Sign-up in two steps: register (a code is sent), then verify the code (the account exists, logged in). */
@RestController
@RequestMapping("/api/v1/auth")
class SignUpController {

    private final RegisterAccount register;
    private final VerifyAccount verify;
    private final SessionTokens sessions;
    private final Users users;
    private final ProfileViews views;
    private final AccountSettings settings;
    private final Clock clock;

    SignUpController(RegisterAccount register, VerifyAccount verify, SessionTokens sessions, Users users,
                     ProfileViews views, AccountSettings settings, Clock clock) {
        this.register = register;
        this.verify = verify;
        this.sessions = sessions;
        this.users = users;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpStarted register(@RequestBody SignUpRequest request) {
        return register.register(request);
    }

    @PostMapping("/verify/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SignUpStarted resend(@RequestBody AddressRequest request) {
        return register.resend(request.email(), request.phone());
    }

    @PostMapping("/verify")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse verify(@RequestBody VerifyRequest request) {
        var address = RegisterAccount.addressOf(request.email(), request.phone(), settings.defaultPhoneRegion());
        var user = verify.verify(address, request.code());
        var tokens = sessions.start(user);
        return TokenResponse.of(tokens, views.forOwner(users.byId(user).orElseThrow()), clock);
    }

    record VerifyRequest(String email, String phone, String code) {
    }

    record AddressRequest(String email, String phone) {
    }
}
