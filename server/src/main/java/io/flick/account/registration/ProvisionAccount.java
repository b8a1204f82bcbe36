package io.flick.account.registration;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.flick.account.AccountProvisioning;
import io.flick.account.UserRegistered;
import io.flick.account.user.ContactAddress;
import io.flick.account.user.PasswordHasher;
import io.flick.account.user.UserRow;
import io.flick.account.user.Usernames;
import io.flick.account.user.Users;
import io.flick.shared.IdGenerator;
import io.flick.shared.Texts;
import io.flick.shared.UserId;

@Component
class ProvisionAccount implements AccountProvisioning {

    private final Users users;
    private final PasswordHasher hasher;
    private final ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    ProvisionAccount(Users users, PasswordHasher hasher, ApplicationEventPublisher events, IdGenerator ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public boolean noAccounts() {
        return users.none();
    }

    @Override
    @Transactional
    public UserId provision(String username, String displayName, String email, String password) {
        String name = Usernames.require(username);
        var existing = users.byUsername(name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        UserId id = new UserId(ids.next());
        users.add(new UserRow(id, name, ContactAddress.email(email).value(), null, hasher.hash(password),
                Texts.require("display_name", displayName, 1, 50, false), "", null, false, false, 0, 0, 0, 0,
                clock.instant(), false));
        events.publishEvent(new UserRegistered(id, name));
        return id;
    }
}
