package io.flick.video.upload;

import java.math.BigDecimal;

import io.flick.shared.FlickException;

/**
 * Whole numbers of a request body taken as any JSON number: a fraction is refused naming the field, and
 * a number beyond the type's range becomes the range's end, so the usual limit check refuses it by name.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static Long clamped(String field, Number number) {
        if (number == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number.toString());
        } catch (NumberFormatException notFinite) {
            throw FlickException.invalidField(field, "not_a_number", "must be a whole number");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw FlickException.invalidField(field, "not_an_integer", "must be a whole number");
        }
        return value.max(BigDecimal.valueOf(Long.MIN_VALUE)).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
    }

    static Integer clampedInt(String field, Number number) {
        Long value = clamped(field, number);
        return value == null ? null : (int) Math.clamp(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
}
