package org.factdesk.net;

/** What kind of network an IP address belongs to, for deciding whether factdesk may connect. */
public enum AddressClass {
  /** A globally routable address. */
  PUBLIC,
  /** 127.0.0.0/8, ::1. */
  LOOPBACK,
  /** 10/8, 172.16/12, 192.168/16, 100.64/10 (shared), fec0::/10 (site-local). */
  PRIVATE,
  /** fc00::/7. */
  UNIQUE_LOCAL,
  /** 169.254/16, fe80::/10. */
  LINK_LOCAL,
  /** 224/4, ff00::/8. */
  MULTICAST,
  /** 0.0.0.0/8, ::. */
  UNSPECIFIED,
  /** Reserved, documentation, benchmarking, broadcast and other special-purpose ranges. */
  RESERVED
}
