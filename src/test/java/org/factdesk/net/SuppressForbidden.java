package org.factdesk.net;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells forbidden-apis that a test class may use a JDK-specific API on purpose, here the in-process
 * {@code com.sun.net.httpserver} server. Always say why next to it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface SuppressForbidden {
  String reason();
}
