package io.flick.account.messaging;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import io.flick.account.AccountSettings.DevOutboxMode;

/**
 * Whether the dev outbox is the message sender and readable at {@code /api/v1/dev/outbox}. It shows
 * anyone every code it holds, so it is never on where real mail goes (SMTP configured), always on
 * with {@code flick.account.dev-outbox=on} (which {@code ./flick} and {@code spring-boot:run} set
 * through the {@code dev} profile), never with {@code off}, and with {@code auto} (the default) only on a
 * server nobody else can reach: bound to a loopback address, with no public URL and no proxy in
 * front (forwarded headers not trusted). A proxy on the same host reaches a loopback-bound server,
 * and a public URL means people do.
 */
class DevOutboxEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return false;
        }
        DevOutboxMode mode = Binder.get(environment).bind("flick.account.dev-outbox", DevOutboxMode.class)
                .orElse(DevOutboxMode.AUTO);
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> onlyReachableFromThisMachine(environment);
        };
    }

    private static boolean onlyReachableFromThisMachine(Environment environment) {
        String address = environment.getProperty("server.address");
        String forwarding = environment.getProperty("server.forward-headers-strategy", "none");
        if (!StringUtils.hasText(address) || StringUtils.hasText(environment.getProperty("flick.public-url"))
                || !"none".equalsIgnoreCase(forwarding.strip())) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Neither SMTP nor the dev outbox: messages cannot be delivered. */
    static class Neither implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
                    && !enabled(context.getEnvironment());
        }
    }
}
