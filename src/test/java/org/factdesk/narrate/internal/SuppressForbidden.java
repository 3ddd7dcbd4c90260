package org.factdesk.narrate.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a test use an API the forbidden-apis check bans (it honours any annotation of this simple
 * name), e.g. the JDK's in-process HTTP server, which the tests need to serve HTTP without network.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface SuppressForbidden {
  /** Why. */
  String reason();
}
