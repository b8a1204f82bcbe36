package io.flick.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller parameter that receives the caller: a {@link io.flick.shared.UserId} (the
 * request must be authenticated) or a {@link io.flick.shared.Viewer} (anonymous callers allowed).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrentUser {
}
