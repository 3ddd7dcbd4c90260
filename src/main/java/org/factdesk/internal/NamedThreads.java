package org.factdesk.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** A thread factory that names its threads {@code factdesk-<purpose>-<n>}, as daemons. */
public final class NamedThreads implements ThreadFactory {
  private final String prefix;
  private final boolean daemon;
  private final AtomicInteger next = new AtomicInteger(1);

  public NamedThreads(String purpose) {
    this(purpose, true);
  }

  public NamedThreads(String purpose, boolean daemon) {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("purpose must not be blank, got '" + purpose + "'");
    }
    this.prefix = "factdesk-" + purpose + "-";
    this.daemon = daemon;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread t = new Thread(null, task, prefix + next.getAndIncrement());
    t.setDaemon(daemon);
    return t;
  }
}
