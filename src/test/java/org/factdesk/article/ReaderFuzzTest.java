package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.factdesk.InputException;
import org.junit.jupiter.api.Test;

/**
 * Mangled fixture pages (seeded, reproducible): truncated, with bytes flipped, inserted or deleted.
 * Reading each either gives an article whose offsets hold or fails with an {@link InputException};
 * nothing else may escape.
 */
class ReaderFuzzTest {
  private static final Path FIXTURES = Path.of("src/test/resources/org/factdesk/article");

  @Test
  void mangledPagesNeverCrash() throws IOException {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURES)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        pages.add(Files.readAllBytes(p));
      }
    }
    Random random = new Random(20260314L);
    int articles = 0;
    int refused = 0;
    for (int round = 0; round < 400; round++) {
      byte[] page = pages.get(round % pages.size());
      byte[] mangled = mangle(page, random);
      try {
        Article a = ArticleReader.fromBytes(mangled, null, "fuzz-" + round, null);
        for (var s : a.sentences()) {
          assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        articles++;
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith("fuzz-" + round + ": ").doesNotContain("\n");
        refused++;
      }
    }
    assertThat(articles + refused).isEqualTo(400);
    assertThat(articles).isPositive();
  }

  private static byte[] mangle(byte[] page, Random random) {
    byte[] b = Arrays.copyOf(page, page.length);
    switch (random.nextInt(4)) {
      case 0 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1)); // truncate
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
          b[random.nextInt(b.length)] = (byte) random.nextInt(256); // flip bytes
        }
      }
      case 2 -> {
        int at = random.nextInt(b.length);
        byte[] junk =
            "<div><p></script><!--<![CDATA[&#x0;&bogus;"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + junk.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(b, at, out, at + junk.length, b.length - at);
        b = out;
      }
      default -> {
        int from = random.nextInt(b.length);
        int to = Math.min(b.length, from + random.nextInt(400));
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        b = out;
      }
    }
    return b;
  }
}
