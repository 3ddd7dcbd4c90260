package org.factdesk.sources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells forbidden-apis that a test class uses a JDK-specific API on purpose, here the in-process
 * {@code com.sun.net.httpserver} server that serves fixture feeds.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
@interface SuppressForbidden {
  String reason();
}
