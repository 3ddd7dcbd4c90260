package org.factdesk.net;

import java.util.Locale;

/**
 * Which non-public addresses factdesk may connect to. By default only public addresses are allowed.
 * Multicast, unspecified and reserved addresses are never allowed.
 *
 * @param allowLoopback allow 127.0.0.0/8 and ::1 (tests use it for their in-process server)
 * @param allowPrivate allow private, unique-local, link-local and loopback addresses (an intranet
 *     deployment)
 */
public record NetPolicy(boolean allowLoopback, boolean allowPrivate) {
  /** System property that allows private (and loopback) addresses when "true". */
  public static final String ALLOW_PRIVATE_PROPERTY = "factdesk.net.allowPrivate";

  /** Environment variable that allows private (and loopback) addresses when "true" or "1". */
  public static final String ALLOW_PRIVATE_ENV = "FACTDESK_ALLOW_PRIVATE_NETWORK";

  /** Public addresses only. */
  public static NetPolicy publicOnly() {
    return new NetPolicy(false, false);
  }

  /** Public and loopback addresses: for tests against an in-process server. */
  public static NetPolicy allowingLoopback() {
    return new NetPolicy(true, false);
  }

  /**
   * The policy configured for this process: private networks allowed when the system property
   * {@value #ALLOW_PRIVATE_PROPERTY} or the environment variable {@value #ALLOW_PRIVATE_ENV} is
   * "true" (or "1"); otherwise public addresses only. The property wins over the variable.
   */
  public static NetPolicy fromEnvironment() {
    String value = System.getProperty(ALLOW_PRIVATE_PROPERTY);
    if (value == null) {
      value = System.getenv(ALLOW_PRIVATE_ENV);
    }
    boolean allow = value != null && isTrue(value);
    return new NetPolicy(allow, allow);
  }

  private static boolean isTrue(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("1") || v.equals("yes");
  }

  /** True when an address of this class may be connected to. */
  public boolean allows(AddressClass c) {
    if (c == AddressClass.PUBLIC) {
      return true;
    }
    if (c == AddressClass.LOOPBACK) {
      return allowLoopback || allowPrivate;
    }
    if (c == AddressClass.PRIVATE
        || c == AddressClass.UNIQUE_LOCAL
        || c == AddressClass.LINK_LOCAL) {
      return allowPrivate;
    }
    return false; // multicast, unspecified, reserved
  }
}
