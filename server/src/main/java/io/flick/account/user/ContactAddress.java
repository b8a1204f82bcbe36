package io.flick.account.user;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.flick.shared.FlickException;
import io.flick.shared.Texts;

/**
 * A normalised e-mail address (trimmed, lower-case) or phone number (E.164, e.g. {@code +14155550123}):
 * the form in which addresses are stored and compared.
 */
public record ContactAddress(Channel channel, String value) {

    public enum Channel {
        EMAIL, PHONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Channel of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    // Deliberately plain: one @, no spaces, a dot in the domain. Whether the address exists is
    // proven by the verification code, not by a regular expression.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public static ContactAddress email(String text) {
        String email = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.contains("..") || Texts.hasControls(email)) {
            throw FlickException.invalidField("email", "email", "is not a valid e-mail address");
        }
        return new ContactAddress(Channel.EMAIL, email);
    }

    public static ContactAddress phone(String text, String defaultRegion) {
        if (Texts.hasControls(text)) {
            throw FlickException.invalidField("phone", "phone", "is not a valid phone number");
        }
        try {
            var number = PHONES.parse(text == null ? "" : text.strip(), defaultRegion);
            if (!PHONES.isValidNumber(number)) {
                throw FlickException.invalidField("phone", "phone", "is not a valid phone number");
            }
            return new ContactAddress(Channel.PHONE, PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw FlickException.invalidField("phone", "phone", "is not a valid phone number");
        }
    }

    /** Masked for display ({@code j***@example.com}, {@code +1******0123}), so responses leak nothing new. */
    public String masked() {
        if (channel == Channel.EMAIL) {
            int at = value.indexOf('@');
            return value.charAt(0) + "***" + value.substring(at);
        }
        return value.substring(0, 2) + "*".repeat(Math.max(0, value.length() - 6)) + value.substring(value.length() - 4);
    }
}
