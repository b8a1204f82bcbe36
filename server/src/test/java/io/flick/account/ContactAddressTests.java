package io.flick.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.flick.account.user.ContactAddress;
import io.flick.shared.FlickException;

class ContactAddressTests {

    @Test
    void phoneNumbersAreNormalisedToE164() {
        assertThat(ContactAddress.phone("(415) 555-0123", "US").value()).isEqualTo("+14155550123");
        assertThat(ContactAddress.phone("+44 20 7946 0958", "US").value()).isEqualTo("+442079460958");
        assertThat(ContactAddress.phone("030 901820", "DE").value()).isEqualTo("+4930901820");
    }

    @Test
    void invalidPhoneNumbersAreRefused() {
        for (String bad : new String[] {"", "12", "+1 555", "not a number", "+999 1234567"}) {
            assertThatThrownBy(() -> ContactAddress.phone(bad, "US")).as(bad).isInstanceOf(FlickException.class);
        }
    }

    @Test
    void emailAddressesAreTrimmedAndLowerCased() {
        assertThat(ContactAddress.email("  Ann.B@Example.COM ").value()).isEqualTo("ann.b@example.com");
        for (String bad : new String[] {"", "ann", "ann@", "@example.com", "a b@example.com", "ann@example", "a@@b.com"}) {
            assertThatThrownBy(() -> ContactAddress.email(bad)).as(bad).isInstanceOf(FlickException.class);
        }
    }

    @Test
    void maskedAddressesHideTheMiddle() {
        assertThat(ContactAddress.email("ann@example.com").masked()).isEqualTo("a***@example.com");
        assertThat(ContactAddress.phone("+14155550123", "US").masked()).isEqualTo("+1******0123");
    }
}
