package org.factdesk.comments.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Normalises artifacts of how the artificial-campaign data were stored, so that no signal or model
 * can tell the classes apart by them: surrounding spaces, the two encoding mix-ups (UTF-8 read as
 * Latin-1 in the generated S1 tweets, as Mac Roman in the originals; both repaired to the
 * characters meant), apostrophes (removed everywhere: many generated tweets write "Ive", "dont")
 * and runs of spaces.
 */
public final class TweetText {
  private TweetText() {}

  public static String clean(String raw) {
    String t = repair(repair(raw, StandardCharsets.ISO_8859_1), Charset.forName("x-MacRoman"));
    return t.replaceAll("['\u2018\u2019]", "").replaceAll("\\s+", " ").strip();
  }

  /** Re-reads runs of non-ASCII characters as UTF-8 bytes mis-decoded with {@code as}. */
  private static String repair(String t, Charset as) {
    CharsetEncoder enc = as.newEncoder();
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      int j = i;
      while (j < t.length() && t.charAt(j) >= 0x80 && enc.canEncode(t.charAt(j))) {
        j++;
      }
      if (j - i >= 2) {
        byte[] b = t.substring(i, j).getBytes(as);
        try {
          out.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
          out.append(t, i, j);
        }
        i = j;
      } else {
        out.append(t.charAt(i));
        i++;
      }
    }
    return out.toString();
  }
}
