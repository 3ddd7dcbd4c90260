package org.factdesk.net;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark (which wins, as in browsers), then the charset of the
 * Content-Type header, then an XML declaration's encoding or an HTML {@code <meta>} declaration in
 * the first 4 KiB, then detection (UTF-8 when the bytes are valid UTF-8, else windows-1252).
 * Refuses binary content and unknown charsets.
 */
public final class TextDecoding {
  private static final int SNIFF = 64 * 1024;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

  /** Where the charset came from. */
  public enum Source {
    HEADER,
    BOM,
    /** A {@code <meta>} tag or an XML declaration. */
    META,
    DETECTED
  }

  /** Decoded text, the charset used and where it was found. */
  public record Decoded(String text, Charset charset, Source source) {}

  /** The content cannot be decoded as text: binary, or an unknown declared charset. */
  public static final class UndecodableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndecodableException(String problem, Throwable cause) {
      super(problem, cause);
    }
  }

  private TextDecoding() {}

  /**
   * Decodes {@code bytes}; {@code contentType} is the Content-Type header value or null.
   *
   * @throws UndecodableException for binary content or an unknown declared charset
   */
  public static Decoded decode(byte[] bytes, String contentType) {
    Charset bom = bomCharset(bytes);
    if (bom == null && looksBinary(bytes)) {
      throw new UndecodableException("binary content, not text", null);
    }
    if (bom != null) {
      return new Decoded(strip(new String(bytes, bom)), bom, Source.BOM);
    }
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) {
        Charset cs = charset(m.group(1), "Content-Type header");
        return new Decoded(strip(new String(bytes, cs)), cs, Source.HEADER);
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      Charset cs = charset(xml.group(1), "XML declaration");
      if (cs.name().startsWith("UTF-16")) {
        cs = StandardCharsets.UTF_8; // a declaration readable as ASCII cannot be UTF-16
      }
      return new Decoded(new String(bytes, cs), cs, Source.META);
    }
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      Charset cs = charset(m.group(1), "<meta> tag");
      if (cs.name().startsWith("UTF-16")) {
        cs = StandardCharsets.UTF_8; // the HTML standard: a meta tag read as ASCII cannot be UTF-16
      }
      return new Decoded(new String(bytes, cs), cs, Source.META);
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, Source.DETECTED);
    }
    if (highByteShare(bytes) > 0.3) {
      throw new UndecodableException("binary content, not text (mostly invalid UTF-8)", null);
    }
    Charset cp1252 = Charset.forName("windows-1252");
    return new Decoded(new String(bytes, cp1252), cp1252, Source.DETECTED);
  }

  private static Charset charset(String name, String where) {
    try {
      return Charset.forName(name.strip());
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new UndecodableException(
          "unknown encoding '" + name.strip().toLowerCase(Locale.ROOT) + "' in the " + where, e);
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strip(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** True for NUL bytes or many control characters in the first 64 KiB. */
  public static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int v = b[i] & 0xff;
      if (v == 0) {
        return true;
      }
      if ((v < 0x09 || (v > 0x0d && v < 0x20 && v != 0x1b)) || v == 0x7f) {
        control++;
      }
    }
    return n > 0 && control > Math.max(2, n / 50);
  }

  private static double highByteShare(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int high = 0;
    for (int i = 0; i < n; i++) {
      if ((b[i] & 0x80) != 0) {
        high++;
      }
    }
    return n == 0 ? 0 : (double) high / n;
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = d.decode(ByteBuffer.wrap(bytes));
      return strip(chars.toString());
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
