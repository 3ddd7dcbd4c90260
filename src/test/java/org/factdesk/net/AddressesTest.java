package org.factdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
  @ParameterizedTest
  @CsvSource({
    "8.8.8.8, PUBLIC",
    "93.184.216.34, PUBLIC",
    "127.0.0.1, LOOPBACK",
    "127.255.0.9, LOOPBACK",
    "10.1.2.3, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.255, PRIVATE",
    "172.32.0.1, PUBLIC",
    "192.168.1.1, PRIVATE",
    "100.64.0.1, PRIVATE",
    "169.254.169.254, LINK_LOCAL",
    "224.0.0.1, MULTICAST",
    "239.255.255.250, MULTICAST",
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "255.255.255.255, RESERVED",
    "240.0.0.1, RESERVED",
    "192.0.2.5, RESERVED",
    "198.18.0.1, RESERVED",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "fe80::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "fc00::1, UNIQUE_LOCAL",
    "fd12:3456::1, UNIQUE_LOCAL",
    "ff02::1, MULTICAST",
    "2001:db8::1, RESERVED",
    "2001:4860:4860::8888, PUBLIC",
    "2606:4700::1111, PUBLIC",
    "::ffff:127.0.0.1, LOOPBACK",
    "::ffff:10.0.0.1, PRIVATE",
    "::ffff:8.8.8.8, PUBLIC",
    "::127.0.0.1, LOOPBACK",
    "64:ff9b::a9fe:a9fe, LINK_LOCAL",
    "2002:c0a8:0101::1, PRIVATE",
    "2002:0808:0808::1, PUBLIC"
  })
  void classifies(String literal, AddressClass expected) throws Exception {
    assertThat(Addresses.classify(InetAddress.getByName(literal))).isEqualTo(expected);
    assertThat(Addresses.classify(Addresses.parseLiteral(literal).orElseThrow()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2130706433, 127.0.0.1",
    "0x7f000001, 127.0.0.1",
    "0x7F.0.0.1, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "127.1, 127.0.0.1",
    "127.0.1, 127.0.0.1",
    "10.0x10.1, 10.16.0.1",
    "127.0.0.1., 127.0.0.1",
    "3232235777, 192.168.1.1",
    "[::1], 0:0:0:0:0:0:0:1",
    "[::ffff:169.254.169.254], 169.254.169.254",
    "0, 0.0.0.0"
  })
  void parsesLiteralForms(String host, String expected) {
    assertThat(Addresses.parseLiteral(host).orElseThrow().getHostAddress()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"example.com", "news.example.co.uk", "localhost", "1.example", "0xdead.example"})
  void namesAreNotLiterals(String host) {
    assertThat(Addresses.parseLiteral(host)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"256.1.1.1", "1.2.3.256", "4294967296", "08.1.1.1", "1.2.3.4.5", "[::g]"})
  void rejectsBadNumericHosts(String host) {
    if (host.equals("1.2.3.4.5")) {
      assertThat(Addresses.parseLiteral(host)).isEmpty(); // five parts: a (bad) name, not an IP
      return;
    }
    assertThatThrownBy(() -> Addresses.parseLiteral(host))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "false, false, LOOPBACK, false",
    "true, false, LOOPBACK, true",
    "true, false, PRIVATE, false",
    "false, true, PRIVATE, true",
    "false, true, LOOPBACK, true",
    "false, true, LINK_LOCAL, true",
    "true, true, MULTICAST, false",
    "true, true, UNSPECIFIED, false",
    "false, false, PUBLIC, true"
  })
  void policyAllows(boolean loopback, boolean priv, AddressClass c, boolean allowed) {
    assertThat(new NetPolicy(loopback, priv).allows(c)).isEqualTo(allowed);
  }
}
