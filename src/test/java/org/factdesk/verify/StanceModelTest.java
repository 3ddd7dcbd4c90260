package org.factdesk.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.report.CheckReport;
import org.factdesk.verify.internal.Mlp;
import org.factdesk.verify.internal.SentenceClaims;
import org.junit.jupiter.api.Test;

class StanceModelTest {
  @Test
  void corruptWeightsAreRefusedWithAReason() {
    byte[] good = new Mlp(10, 4, 3, 1).toBytes();
    byte[] bad = good.clone();
    bad[bad.length - 20] ^= 0x55;
    assertThatThrownBy(() -> StanceModel.load(new ByteArrayInputStream(bad), 1, t -> null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("checksum");
    assertThatThrownBy(
            () -> StanceModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3}), 1, t -> null))
        .isInstanceOf(IOException.class);
  }

  @Test
  void weightsRoundTrip() throws IOException {
    Mlp m = new Mlp(6, 3, 3, 7);
    Mlp back = Mlp.read(new ByteArrayInputStream(m.toBytes()));
    float[] x = {1, 2, 3, 4, 5, 6};
    assertThat(back.logits(x)).containsExactly(m.logits(x));
  }

  @Test
  void withoutAModelEveryClaimIsUnverifiedAndSaysWhy() {
    Article a =
        Article.of(
            "t",
            null,
            Instant.parse("2026-10-16T08:00:00Z"),
            null,
            null,
            "en",
            List.of("The storm damaged 214 homes, the fire service said."),
            List.of());
    EvidenceSource one =
        new EvidenceSource() {
          @Override
          public List<Passage> search(String q, Instant notAfter, int k) {
            return List.of(
                new Passage(null, null, "Wire", null, "The storm hit the coast in March.", 0.5));
          }
        };
    CheckReport r =
        new Checker(null, "weights corrupt", StanceAggregator.standard(), one)
            .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(r.claims()).hasSize(1);
    assertThat(r.claims().get(0).verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(r.notes().toString()).contains("weights corrupt");
  }

  @Test
  void fiveHundredPassagesAreHandled() {
    Article a =
        Article.of(
            "t",
            null,
            null,
            null,
            null,
            "en",
            List.of("The storm damaged 214 homes, the fire service said."),
            List.of());
    EvidenceSource many =
        new EvidenceSource() {
          @Override
          public List<Passage> search(String q, Instant notAfter, int k) {
            List<Passage> out = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(k, 500); i++) {
              out.add(new Passage(null, null, "S" + i, null, "The storm damaged 124 homes.", 1));
            }
            return out;
          }
        };
    TextEmbedder fake =
        texts -> {
          float[][] v = new float[texts.size()][384];
          for (float[] row : v) {
            row[0] = 1;
          }
          return v;
        };
    CheckReport r =
        new Checker(StanceModel.shipped(fake), null, StanceAggregator.standard(), many)
            .check(a, SentenceClaims.find(a), Instant.EPOCH);
    assertThat(r.claims().get(0).verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(r.claims().get(0).evidence()).hasSizeLessThanOrEqualTo(5);
    assertThat(r.claims().get(0).evidence().get(1).note()).contains("near-copy");
  }
}
