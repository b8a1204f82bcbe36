package io.flick.shared;

/** One invalid field of a request: its JSON name, a machine code and a sentence for people. */
public record FieldError(String field, String code, String message) {
}
