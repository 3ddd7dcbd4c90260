package org.factdesk.nlp.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The BERT uncased WordPiece tokenizer: clean text, lower-case, strip accents, split on white space
 * and punctuation, then greedy longest-match-first word pieces with the {@code ##} prefix. Reads
 * its vocabulary from a Hugging Face {@code tokenizer.json}. Immutable and thread-safe.
 */
public final class WordPieceTokenizer {
  private static final int MAX_CHARS_PER_WORD = 100;

  private final Map<String, Integer> vocab;
  private final String[] pieces;
  private final int cls;
  private final int sep;
  private final int unk;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    int max = 0;
    for (int v : vocab.values()) {
      max = Math.max(max, v);
    }
    this.pieces = new String[max + 1];
    for (Map.Entry<String, Integer> e : vocab.entrySet()) {
      pieces[e.getValue()] = e.getKey();
    }
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
    this.unk = id("[UNK]");
  }

  private int id(String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary has no " + token + " token");
    }
    return id;
  }

  /** Reads {@code model.vocab} from a tokenizer.json stream; the stream is not closed. */
  public static WordPieceTokenizer fromTokenizerJson(InputStream in) throws IOException {
    Map<String, Integer> vocab = new HashMap<>(40_000);
    try (JsonParser p = new JsonFactory().createParser(in)) {
      // find "model" -> "vocab" at depth 2
      int depth = 0;
      String path1 = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (depth == 1) {
            path1 = name;
          } else if (depth == 2 && "model".equals(path1) && "vocab".equals(name)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
              throw new IOException("model.vocab is not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String piece = p.currentName();
              p.nextToken();
              vocab.put(piece, p.getIntValue());
            }
          }
        }
      }
    }
    if (vocab.isEmpty()) {
      throw new IOException("tokenizer.json has no model.vocab");
    }
    return new WordPieceTokenizer(vocab);
  }

  /** Token ids with [CLS] and [SEP], truncated to {@code maxLength} ids in all. */
  public int[] encode(String text, int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be >= 2, got " + maxLength);
    }
    List<Integer> ids = new ArrayList<>();
    ids.add(cls);
    outer:
    for (String word : basicTokens(text)) {
      for (int piece : wordPieces(word)) {
        if (ids.size() >= maxLength - 1) {
          break outer;
        }
        ids.add(piece);
      }
    }
    ids.add(sep);
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i);
    }
    return out;
  }

  /**
   * Token ids of a text pair, {@code [CLS] first [SEP] second [SEP]}: the first text keeps at most
   * {@code maxFirst} pieces, the second what is left of {@code maxLength}.
   */
  public int[] encodePair(String first, String second, int maxFirst, int maxLength) {
    if (maxFirst < 1 || maxLength < maxFirst + 4) {
      throw new IllegalArgumentException(
          "need maxFirst >= 1 and maxLength >= maxFirst + 4, got " + maxFirst + ", " + maxLength);
    }
    List<Integer> a = pieces(first, maxFirst);
    List<Integer> b = pieces(second, maxLength - 3 - a.size());
    int[] out = new int[a.size() + b.size() + 3];
    int k = 0;
    out[k++] = cls;
    for (int id : a) {
      out[k++] = id;
    }
    out[k++] = sep;
    for (int id : b) {
      out[k++] = id;
    }
    out[k] = sep;
    return out;
  }

  private List<Integer> pieces(String text, int max) {
    List<Integer> ids = new ArrayList<>();
    outer:
    for (String word : basicTokens(text)) {
      for (int piece : wordPieces(word)) {
        if (ids.size() >= max) {
          break outer;
        }
        ids.add(piece);
      }
    }
    return ids;
  }

  /** The piece of a token id ("##ing", "[SEP]"), or "[UNK]" for an id outside the vocabulary. */
  public String piece(int id) {
    return id >= 0 && id < pieces.length && pieces[id] != null ? pieces[id] : "[UNK]";
  }

  /** The id of the separator token. */
  public int sepId() {
    return sep;
  }

  /** Clean, lower-case, strip accents, split on white space and punctuation. */
  static List<String> basicTokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || Character.getType(cp) == Character.CONTROL && !isSpace(cp)) {
        continue;
      }
      if (isSpace(cp)) {
        flush(cur, out);
      } else if (isPunctuation(cp) || isCjk(cp)) {
        flush(cur, out);
        out.add(new String(Character.toChars(cp)));
      } else {
        cur.appendCodePoint(cp);
      }
    }
    flush(cur, out);
    return out;
  }

  private List<Integer> wordPieces(String word) {
    List<Integer> pieces = new ArrayList<>();
    if (word.length() > MAX_CHARS_PER_WORD) {
      pieces.add(unk);
      return pieces;
    }
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String sub = word.substring(start, end);
        if (start > 0) {
          sub = "##" + sub;
        }
        found = vocab.get(sub);
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        pieces.clear();
        pieces.add(unk);
        return pieces;
      }
      pieces.add(found);
      start = end;
    }
    return pieces;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.isSpaceChar(cp);
  }

  private static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47)
        || (cp >= 58 && cp <= 64)
        || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0xF900 && cp <= 0xFAFF);
  }
}
