package io.flick.challenge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param createsPerDay     challenges one account may create per day
 * @param invitesPerHour    invitation requests (of up to 50 people each) one account may send per hour
 */
@ConfigurationProperties("flick.challenge")
public record ChallengeSettings(@DefaultValue("10") long createsPerDay, @DefaultValue("20") long invitesPerHour) {
}
