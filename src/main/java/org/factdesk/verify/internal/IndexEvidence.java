package org.factdesk.verify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.article.Sentence;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceIndex;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.nlp.SentenceSplitter;
import org.factdesk.verify.EvidenceSource;
import org.factdesk.verify.Passage;
import org.factdesk.verify.PriorCheck;
import org.factdesk.verify.TextEmbedder;

/**
 * Evidence from the {@link EvidenceIndex}: a hybrid search of the news collection (with the time
 * filter, plus the undated passages of the same search without it), whose passages are split into
 * sentences and re-ranked by {@link Relevance}; earlier fact-checks from the fact-check collection,
 * matched by the cosine of the claim and the claim they reviewed.
 */
public final class IndexEvidence implements EvidenceSource {
  private final EvidenceIndex index;
  private final TextEmbedder embedder;

  public IndexEvidence(EvidenceIndex index, TextEmbedder embedder) {
    this.index = index;
    this.embedder = embedder;
  }

  @Override
  public boolean isEmpty() {
    return index.passageCount() == 0;
  }

  @Override
  public List<Passage> search(String query, Instant notAfter, int k) {
    if (query.isBlank()) {
      return List.of();
    }
    SearchRequest request =
        SearchRequest.of(query, Math.min(k, SearchRequest.MAX_K))
            .withCollection(EvidenceCollection.NEWS)
            .withTimeRange(null, notAfter);
    List<Hit> hits = new ArrayList<>(index.search(request));
    if (notAfter != null) {
      // the time filter leaves out passages without a date: they may still be about the claim
      for (Hit h : index.search(request.withTimeRange(null, null))) {
        if (h.passage().published() == null) {
          hits.add(h);
        }
      }
    }
    List<Passage> sentences = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      org.factdesk.evidence.Passage p = h.passage();
      for (Sentence s : SentenceSplitter.split(p.text(), 0)) {
        String t = s.text().strip();
        if (!t.isEmpty() && seen.add(p.documentKey() + "\u0000" + t)) {
          sentences.add(new Passage(p.url(), p.title(), p.source(), p.published(), t, 0));
        }
      }
    }
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(sentences.size() + 1);
    texts.add(query);
    sentences.forEach(s -> texts.add(s.text()));
    float[][] v = Relevance.embedAll(embedder, texts);
    TextSignals qs = TextSignals.of(query);
    List<Passage> scored = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Passage s = sentences.get(i);
      double score = Relevance.score(v[0], qs, v[i + 1], TextSignals.of(s.text()));
      if (score >= Relevance.MIN_SCORE) {
        scored.add(new Passage(s.url(), s.title(), s.source(), s.published(), s.text(), score));
      }
    }
    scored.sort(Comparator.comparingDouble(Passage::score).reversed());
    return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
  }

  @Override
  public List<PriorCheck> factChecks(String claim, int k) {
    if (claim.isBlank()) {
      return List.of();
    }
    SearchRequest request =
        SearchRequest.of(claim, Math.min(k, SearchRequest.MAX_K))
            .withCollection(EvidenceCollection.FACTCHECKS);
    List<org.factdesk.evidence.Passage> found = new ArrayList<>();
    for (Hit h : index.search(request)) {
      org.factdesk.evidence.Passage p = h.passage();
      String rating = p.metadata().get("rating");
      if (rating != null && !rating.isBlank()) {
        found.add(p);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(found.size() + 1);
    texts.add(claim);
    for (org.factdesk.evidence.Passage p : found) {
      texts.add(p.metadata().getOrDefault("claimReviewed", p.text()));
    }
    float[][] v = Relevance.embedAll(embedder, texts);
    List<PriorCheck> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      org.factdesk.evidence.Passage p = found.get(i);
      double sim = Math.max(0, Math.min(1, PairFeatures.cosine(v[0], v[i + 1])));
      String date = p.published() == null ? null : p.published().toString().substring(0, 10);
      out.add(
          new PriorCheck(
              p.source(), p.metadata().get("rating"), date, p.url(), texts.get(i + 1), sim));
    }
    out.sort(Comparator.comparingDouble(PriorCheck::similarity).reversed());
    return out;
  }
}
