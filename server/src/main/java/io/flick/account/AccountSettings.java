package io.flick.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshTokenTtl        how long a login lasts without use
 * @param verificationCodeTtl    how long a sign-up code stays valid
 * @param verificationAttempts   wrong codes allowed before a sign-up must ask for a new code
 * @param defaultPhoneRegion     region assumed for phone numbers written without a {@code +country} prefix
 * @param failedLoginsPerAccount failed logins allowed per account per {@code failedLoginWindow}
 * @param failedLoginWindow      the window in which failed logins refill
 * @param codesPerAddress        verification messages sent per address per hour
 * @param mailFrom               sender of e-mails
 * @param devOutbox              whether codes go to the development outbox when no SMTP server is
 *                               configured: {@code on}, {@code off}, or {@code auto} (on only for a server
 *                               nobody else can reach; see {@code DevOutboxEnabled}). Read at start.
 */
@ConfigurationProperties("flick.account")
public record AccountSettings(
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("15m") Duration verificationCodeTtl,
        @DefaultValue("5") int verificationAttempts,
        @DefaultValue("US") String defaultPhoneRegion,
        @DefaultValue("5") long failedLoginsPerAccount,
        @DefaultValue("15m") Duration failedLoginWindow,
        @DefaultValue("5") long codesPerAddress,
        @DefaultValue("Flick <no-reply@flick.local>") String mailFrom,
        @DefaultValue("auto") DevOutboxMode devOutbox) {

    public enum DevOutboxMode {
        AUTO, ON, OFF
    }
}
