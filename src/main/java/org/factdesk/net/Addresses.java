package org.factdesk.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Classifies IP addresses (IPv4, IPv6, and IPv4 embedded in IPv6) and parses IP literals in the
 * forms resolvers accept, including the legacy "inet_aton" forms (2130706433, 0x7f000001,
 * 0177.0.0.1, 127.1), so that a literal cannot slip past the check by its spelling.
 */
public final class Addresses {
  private Addresses() {}

  /** The class of an address. */
  public static AddressClass classify(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? classifyV4(b, 0) : classifyV6(b);
  }

  private static AddressClass classifyV4(byte[] bytes, int at) {
    int a = bytes[at] & 0xff;
    int b = bytes[at + 1] & 0xff;
    int c = bytes[at + 2] & 0xff;
    if (a == 0) {
      return AddressClass.UNSPECIFIED;
    }
    if (a == 127) {
      return AddressClass.LOOPBACK;
    }
    if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
      return AddressClass.PRIVATE;
    }
    if (a == 100 && b >= 64 && b <= 127) {
      return AddressClass.PRIVATE; // shared address space (carrier-grade NAT)
    }
    if (a == 169 && b == 254) {
      return AddressClass.LINK_LOCAL;
    }
    if (a >= 224 && a <= 239) {
      return AddressClass.MULTICAST;
    }
    if (a >= 240) {
      return AddressClass.RESERVED; // includes 255.255.255.255
    }
    if ((a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)) {
      return AddressClass.RESERVED;
    }
    return AddressClass.PUBLIC;
  }

  private static AddressClass classifyV6(byte[] b) {
    boolean firstTenZero = true;
    for (int i = 0; i < 10; i++) {
      firstTenZero &= b[i] == 0;
    }
    if (firstTenZero && b[10] == 0 && b[11] == 0) {
      boolean rest = true;
      for (int i = 12; i < 15; i++) {
        rest &= b[i] == 0;
      }
      if (rest && b[15] == 0) {
        return AddressClass.UNSPECIFIED;
      }
      if (rest && b[15] == 1) {
        return AddressClass.LOOPBACK;
      }
      return classifyV4(b, 12); // IPv4-compatible ::a.b.c.d
    }
    if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return classifyV4(b, 12); // IPv4-mapped ::ffff:a.b.c.d
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return classifyV4(b, 12); // NAT64 64:ff9b::/96
    }
    if (first == 0x20 && second == 0x02) {
      return classifyV4(b, 2); // 6to4 2002::/16
    }
    if (first == 0xff) {
      return AddressClass.MULTICAST;
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return AddressClass.LINK_LOCAL;
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return AddressClass.PRIVATE; // deprecated site-local
    }
    if ((first & 0xfe) == 0xfc) {
      return AddressClass.UNIQUE_LOCAL;
    }
    if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
      return AddressClass.RESERVED; // Teredo 2001::/32
    }
    if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return AddressClass.RESERVED; // documentation 2001:db8::/32
    }
    if (first == 0x01 && second == 0 && b[2] == 0 && b[3] == 0) {
      return AddressClass.RESERVED; // discard-only 100::/64
    }
    return AddressClass.PUBLIC;
  }

  /**
   * Parses {@code host} as an IP literal: a bracketed or bare IPv6 address, or an IPv4 address in
   * any inet_aton form (1 to 4 parts, each decimal, 0x-hex or 0-octal; a trailing dot allowed).
   * Returns empty for a host name.
   *
   * @throws IllegalArgumentException for a numeric host that is no valid address, e.g. "256.1.1.1"
   */
  public static Optional<InetAddress> parseLiteral(String host) {
    String h = host.strip();
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.contains(":")) {
      if (!h.matches("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?")) {
        throw new IllegalArgumentException("not a valid IPv6 address: " + host);
      }
      try {
        return Optional.of(InetAddress.getByName(h)); // a literal: no lookup
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("not a valid IPv6 address: " + host, e);
      }
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String lower = h.toLowerCase(Locale.ROOT);
    if (!lower.matches("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}")) {
      return Optional.empty();
    }
    String[] parts = lower.split("\\.", -1);
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = parsePart(parts[i], host);
    }
    long value = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        throw new IllegalArgumentException("not a valid IPv4 address: " + host);
      }
      value = (value << 8) | values[i];
    }
    int lastBytes = 4 - (parts.length - 1);
    long last = values[parts.length - 1];
    if (last >= (1L << (8 * lastBytes))) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    value = (value << (8 * lastBytes)) | last;
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    try {
      return Optional.of(InetAddress.getByAddress(host, bytes));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host, e);
    }
  }

  private static long parsePart(String part, String host) {
    try {
      if (part.startsWith("0x")) {
        return part.length() == 2 ? 0 : checkRange(Long.parseLong(part.substring(2), 16), host);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return checkRange(Long.parseLong(part.substring(1), 8), host);
      }
      return checkRange(Long.parseLong(part), host);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host, e);
    }
  }

  private static long checkRange(long v, String host) {
    if (v > 0xffffffffL) {
      throw new IllegalArgumentException("not a valid IPv4 address: " + host);
    }
    return v;
  }
}
