package io.flick.shared;

import java.util.Locale;

/**
 * A kind of error the API reports, declared by the module that raises it as a constant of its own
 * enum ({@link Problem} here for the generic ones, {@code AccountProblem}, {@code MediaProblem} …
 * in the modules). Each becomes an RFC 9457 problem whose {@code type} is {@code /problems/{code}}
 * and whose {@code code} is the constant's name in lower case. Codes are a public contract: add new
 * ones, never rename; a code string belongs to one module only ({@code ProblemCodesTests}).
 */
public interface ProblemCode {

    /** The enum constant's name; enums implement it. */
    String name();

    int status();

    String title();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    default String type() {
        return "/problems/" + code().replace('_', '-');
    }
}
