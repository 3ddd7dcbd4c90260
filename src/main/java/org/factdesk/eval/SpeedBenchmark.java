package org.factdesk.eval;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.factdesk.article.Article;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimFinder;
import org.factdesk.evidence.EmbedderEncoder;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.LuceneEvidenceIndex;
import org.factdesk.verify.Checker;
import org.factdesk.verify.ClaimInput;
import org.factdesk.verify.StanceAggregator;
import org.factdesk.verify.StanceModel;
import org.factdesk.verify.TextEmbedder;
import org.factdesk.verify.internal.CachingEmbedder;
import org.factdesk.verify.internal.IndexEvidence;
import org.factdesk.verify.internal.SentenceClaims;

/**
 * Times {@code check} on a generated article of about 1,000 words against N generated passages in a
 * Lucene evidence index (the one {@code check} uses; built once in a directory and reused when it
 * already holds N passages): one warm-up run, then the mean of three. Seeded.
 */
public final class SpeedBenchmark {
  private static final String[] PLACES = {
    "Northfield", "Hallen", "Vellmar", "Marlow Bay", "Skerra", "Ostend", "Lindau", "Porto Vell"
  };
  private static final String[] THINGS = {
    "homes", "containers", "teachers", "passengers", "visitors", "jobs", "trees", "beds"
  };
  private static final String[] VERBS = {"counted", "reported", "expected", "recorded", "lost"};

  private SpeedBenchmark() {}

  /**
   * Runs the benchmark with {@code passages} passages indexed in {@code indexDir}; returns its
   * figures.
   */
  public static Map<String, Object> run(int passages, Path indexDir, TextEmbedder embedder) {
    SplittableRandom r = new SplittableRandom(42);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    LuceneEvidenceIndex index =
        LuceneEvidenceIndex.open(
            indexDir,
            EmbedderEncoder.shipped(),
            LuceneEvidenceIndex.Options.defaults().withNearDuplicates(false));
    long b0 = System.nanoTime();
    boolean reused = index.passageCount() == passages;
    List<EvidenceDocument> batch = new ArrayList<>();
    for (int i = 0; i < passages; i++) {
      String text = sentence(r); // drawn even when reused, so that the article is the same
      if (!reused) {
        batch.add(
            new EvidenceDocument(
                "https://bench.test/" + i,
                null,
                "Source " + (i % 50),
                t0.plusSeconds(3600L * i),
                t0,
                EvidenceCollection.NEWS,
                text,
                Map.of()));
        if (batch.size() == 1_000) {
          index.add(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      index.add(batch);
    }
    long buildMs = (System.nanoTime() - b0) / 1_000_000;
    List<String> paras = new ArrayList<>();
    int words = 0;
    while (words < 1_000) {
      StringBuilder p = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        String s = sentence(r);
        p.append(s).append(' ');
        words += s.split("\\s+").length;
      }
      paras.add(p.toString());
    }
    Article article =
        Article.of(
            "Bench",
            null,
            Instant.parse("2026-06-01T00:00:00Z"),
            null,
            null,
            "en",
            paras,
            List.of());
    long s0 = System.nanoTime();
    checker(index, embedder).check(article, claims(article), Instant.EPOCH); // warm-up
    long firstMs = (System.nanoTime() - s0) / 1_000_000;
    long total = 0;
    int claims = 0;
    for (int run = 0; run < 3; run++) {
      long s = System.nanoTime();
      List<ClaimInput> c = claims(article);
      checker(index, embedder).check(article, c, Instant.EPOCH);
      total += System.nanoTime() - s;
      claims = c.size();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("passages", passages);
    out.put("article_words", words);
    out.put("claims", claims);
    out.put("indexed_passages", index.passageCount());
    out.put("index_reused", reused);
    out.put("index_build_ms", buildMs);
    out.put("first_run_ms", firstMs);
    out.put("warm_mean_ms", total / 3 / 1_000_000);
    out.put("threads", Runtime.getRuntime().availableProcessors());
    out.put("evidence_store", "LuceneEvidenceIndex in " + indexDir + " (hybrid search)");
    index.close();
    return out;
  }

  /** A checker as {@code check} builds one: a fresh embedding cache per article. */
  private static Checker checker(LuceneEvidenceIndex index, TextEmbedder shared) {
    TextEmbedder embedder = new CachingEmbedder(shared, 20_000);
    return new Checker(
        StanceModel.shipped(embedder),
        null,
        StanceAggregator.standard(),
        new IndexEvidence(index, embedder));
  }

  private static List<ClaimInput> claims(Article article) {
    List<ClaimInput> found = new ArrayList<>();
    for (Claim c : ClaimFinder.find(article)) {
      found.add(
          new ClaimInput(c.id(), c.text(), c.sentence(), c.start(), c.end(), c.checkworthiness()));
    }
    return SentenceClaims.addTitled(found, SentenceClaims.find(article));
  }

  private static String sentence(SplittableRandom r) {
    return "The "
        + VERBS[r.nextInt(VERBS.length)].replace("ed", "ing").replace("lost", "losing")
        + " office in "
        + PLACES[r.nextInt(PLACES.length)]
        + " said "
        + (10 + r.nextInt(5000))
        + " "
        + THINGS[r.nextInt(THINGS.length)]
        + " were "
        + VERBS[r.nextInt(VERBS.length)]
        + " in "
        + (2015 + r.nextInt(11))
        + ".";
  }
}
