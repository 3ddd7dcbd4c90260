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
  void theJointHeadJudgesOnlyTheFirstPassages() {
    TextEmbedder fake =
        texts -> {
          float[][] v = new float[texts.size()][];
          for (int i = 0; i < v.length; i++) {
            v[i] = new float[] {1, texts.get(i).length() / 10f};
          }
          return v;
        };
    List<List<String>> seen = new java.util.ArrayList<>();
    JointEncoder joint =
        (claims, passages) -> {
          seen.add(passages);
          float[][] out = new float[passages.size()][];
          for (int i = 0; i < out.length; i++) {
            out[i] = new float[] {i + 1, 0.5f, -1};
          }
          return out;
        };
    int base = org.factdesk.verify.internal.PairFeatures.length(2);
    Mlp pairHead = new Mlp(base, 4, 3, 1);
    Mlp jointHead = new Mlp(base + 3, 4, 3, 2);
    StanceModel m =
        new StanceModel(pairHead, 1.5, fake)
            .withJoint(new StanceModel.Joint(jointHead, 2, joint, 2));
    List<String> passages = List.of("first one", "second", "third passage", "fourth");
    List<StanceResult> r = m.judge("The claim.", passages);
    assertThat(seen).containsExactly(List.of("first one", "second"));
    float[][] v = fake.embed(List.of("The claim.", "second", "fourth"));
    var cs = org.factdesk.verify.internal.TextSignals.of("The claim.");
    float[] x1 =
        StanceModel.features(v[0], v[1], cs, org.factdesk.verify.internal.TextSignals.of("second"));
    float[] x3 =
        StanceModel.features(v[0], v[2], cs, org.factdesk.verify.internal.TextSignals.of("fourth"));
    double[] p1 = jointHead.predict(StanceModel.concat(x1, new float[] {2, 0.5f, -1}), 2);
    assertThat(r.get(1).supports()).isCloseTo(p1[0], org.assertj.core.api.Assertions.within(1e-6));
    assertThat(r.get(3).supports())
        .isCloseTo(pairHead.predict(x3, 1.5)[0], org.assertj.core.api.Assertions.within(1e-6));
    // passages the caller skips go to the pair-feature head, within the first top only
    seen.clear();
    List<StanceResult> skipped = m.judge("The claim.", passages, i -> i != 0);
    assertThat(seen).containsExactly(List.of("second"));
    float[] x0 =
        StanceModel.features(
            fake.embed(List.of("The claim."))[0],
            fake.embed(List.of("first one"))[0],
            cs,
            org.factdesk.verify.internal.TextSignals.of("first one"));
    assertThat(skipped.get(0).supports())
        .isCloseTo(pairHead.predict(x0, 1.5)[0], org.assertj.core.api.Assertions.within(1e-6));
    // "second" is now the joint head's first pair: its block is the encoder's first
    double[] q1 = jointHead.predict(StanceModel.concat(x1, new float[] {1, 0.5f, -1}), 2);
    assertThat(skipped.get(1).supports())
        .isCloseTo(q1[0], org.assertj.core.api.Assertions.within(1e-6));
    assertThat(skipped.get(3).supports()).isEqualTo(r.get(3).supports());
    seen.clear();
    assertThat(m.judge("The claim.", passages, i -> false)).hasSize(4);
    assertThat(seen).isEmpty();
    // without the joint head nothing is encoded in pairs
    seen.clear();
    new StanceModel(pairHead, 1.5, fake).judge("The claim.", passages);
    assertThat(seen).isEmpty();
    assertThatThrownBy(() -> new StanceModel.Joint(jointHead, 1, joint, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top must be >= 0");
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

  @Test
  void noteNamesDirectionWordsThatDifferOnTheSameTerm() {
    String note =
        StanceModel.note(
            org.factdesk.verify.internal.TextSignals.of(
                "Hydroxychloroquine reduces the risk of death"),
            org.factdesk.verify.internal.TextSignals.of("The risk of death was higher with it"));
    assertThat(note).isEqualTo("direction words differ: claim 'reduces', passage 'higher' (death)");
    assertThat(
            StanceModel.note(
                org.factdesk.verify.internal.TextSignals.of("Cases rose in Paris"),
                org.factdesk.verify.internal.TextSignals.of("Cases rose in Paris in May")))
        .isEmpty();
  }
}
