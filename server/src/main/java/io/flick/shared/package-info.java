/**
 * Types every module speaks: prefixed opaque ids, cursor paging and the problem types that become
 * RFC 9457 responses. No Spring beans live here, only values.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.flick.shared;

import org.springframework.modulith.ApplicationModule;
