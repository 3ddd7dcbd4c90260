package org.factdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final String TEXT = "Caf\u00e9 \u20ac5, M\u00fcnchen";

  @Test
  void headerCharsetWins() {
    TextDecoding.Decoded d =
        TextDecoding.decode(
            ("<meta charset=utf-8>" + TEXT).getBytes(Charset.forName("windows-1252")),
            "text/html; charset=\"windows-1252\"");
    assertThat(d.text()).endsWith(TEXT);
    assertThat(d.source()).isEqualTo(TextDecoding.Source.HEADER);
  }

  @Test
  void byteOrderMarkWinsOverEverything() {
    byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    TextDecoding.Decoded d = TextDecoding.decode(body, "text/plain; charset=iso-8859-1");
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.source()).isEqualTo(TextDecoding.Source.BOM);
  }

  @Test
  void metaAndXmlDeclarations() {
    byte[] meta =
        ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'>"
                + TEXT)
            .getBytes(Charset.forName("ISO-8859-15"));
    assertThat(TextDecoding.decode(meta, "text/html").text()).endsWith(TEXT);
    byte[] xml =
        ("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><title>" + TEXT + "</title></rss>")
            .getBytes(Charset.forName("windows-1252"));
    TextDecoding.Decoded d = TextDecoding.decode(xml, "application/rss+xml");
    assertThat(d.text()).contains(TEXT);
    assertThat(d.source()).isEqualTo(TextDecoding.Source.META);
  }

  @Test
  void detection() {
    assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    TextDecoding.Decoded legacy =
        TextDecoding.decode(TEXT.getBytes(Charset.forName("windows-1252")), null);
    assertThat(legacy.text()).isEqualTo(TEXT);
    assertThat(legacy.charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void refusals() {
    assertThatThrownBy(
            () ->
                TextDecoding.decode(
                    "x".getBytes(StandardCharsets.UTF_8), "text/html; charset=bogus-1"))
        .hasMessage("unknown encoding 'bogus-1' in the Content-Type header");
    assertThatThrownBy(
            () ->
                TextDecoding.decode(
                    "<meta charset=\"no such\">".getBytes(StandardCharsets.UTF_8), null))
        .hasMessageContaining("unknown encoding 'no'");
    assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', 0, 'b'}, null))
        .hasMessageContaining("binary");
    byte[] control = new byte[200];
    java.util.Arrays.fill(control, (byte) 0x02);
    assertThatThrownBy(() -> TextDecoding.decode(control, null)).hasMessageContaining("binary");
    byte[] high = new byte[200];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + (i * 7) % 120);
    }
    assertThatThrownBy(() -> TextDecoding.decode(high, null)).hasMessageContaining("binary");
  }
}
