package org.factdesk.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.factdesk.verify.TextEmbedder;

/**
 * A test-only embedder that keeps every vector in an append-only file, so that stance experiments
 * (StanceLab) embed each text once. Not thread-safe.
 */
final class DiskCachedEmbedder implements TextEmbedder {
  private final TextEmbedder inner;
  private final Path file;
  private final Map<String, float[]> cache = new HashMap<>();

  DiskCachedEmbedder(TextEmbedder inner, Path file) {
    this.inner = inner;
    this.file = file;
    if (Files.isRegularFile(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        while (true) {
          int n;
          try {
            n = in.readInt();
          } catch (EOFException e) {
            break;
          }
          byte[] b = new byte[n];
          in.readFully(b);
          int d = in.readInt();
          float[] v = new float[d];
          for (int i = 0; i < d; i++) {
            v[i] = in.readFloat();
          }
          cache.put(new String(b, StandardCharsets.UTF_8), v);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  @Override
  public float[][] embed(List<String> texts) {
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (String t : texts) {
      if (!cache.containsKey(t)) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      List<String> m = new ArrayList<>(missing);
      float[][] v = inner.embed(m);
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out =
            new DataOutputStream(
                new BufferedOutputStream(
                    Files.newOutputStream(
                        file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
          for (int i = 0; i < m.size(); i++) {
            byte[] b = m.get(i).getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            out.writeInt(v[i].length);
            for (float f : v[i]) {
              out.writeFloat(f);
            }
            cache.put(m.get(i), v[i]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      out[i] = cache.get(texts.get(i));
    }
    return out;
  }
}
