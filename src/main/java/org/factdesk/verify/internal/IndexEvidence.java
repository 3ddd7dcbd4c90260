package org.factdesk.verify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.article.Sentence;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceIndex;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.evidence.SentenceVector;
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
 *
 * <p>When the embedder is the model of the index's vectors (the name given matches the index's
 * encoder), the claim's vector is computed once (all claims of an article in one batch, {@link
 * #prepare}) and used for the index's vector search, and the sentence vectors the index stored at
 * ingest are used instead of embedding the sentences again; a {@link CachingEmbedder} is told them
 * too, so that the stance model does not embed them either. Sentences without stored vectors (an
 * index built before they were stored) are embedded as before.
 */
public final class IndexEvidence implements EvidenceSource {
  /**
   * Earlier fact-checks fetched per claim by {@link #prepare}, so their texts embed in one batch.
   */
  static final int PREFETCHED_FACT_CHECKS = 5;

  /**
   * JVM property: candidates per ranking (BM25 and vector) that the news search of a claim fuses;
   * {@value #SEARCH_DEPTH} by default, 0 for the index's own fusion depth (100, the depth before
   * session 9). The check keeps 12 passages per claim. On the 100k benchmark article a depth of 30
   * lost the deciding passage of 2 of 68 claims (a near-copy of the claim with another figure, out
   * of the top 12 once its rank in one ranking was no longer counted) and 40 lost 1; 60 kept all 68
   * verdicts and the news dev sets' verdicts.
   */
  public static final String SEARCH_DEPTH_PROPERTY = "factdesk.check.searchDepth";

  /** The default of {@link #SEARCH_DEPTH_PROPERTY}. */
  public static final int SEARCH_DEPTH = 60;

  /**
   * JVM property: when {@code false}, earlier fact-checks are searched for every claim even when
   * the index holds none (the code before session 9); by default {@link EvidenceIndex#mayHold} is
   * asked once per article and the searches are skipped when it says no.
   */
  public static final String SKIP_ABSENT_FACT_CHECKS = "factdesk.check.skipAbsentFactChecks";

  private final EvidenceIndex index;
  private final int searchDepth;
  private final boolean skipAbsentFactChecks;
  private final TextEmbedder embedder;
  private final boolean sameModel;

  /** Evidence whose embedder is not known to be the index's model: nothing is shared. */
  public IndexEvidence(EvidenceIndex index, TextEmbedder embedder) {
    this(index, embedder, null);
  }

  /**
   * @param index the evidence index
   * @param embedder the sentence embedder of the stance model
   * @param embedderModel the name of the embedder's model; vectors are shared with the index only
   *     when it is the index's {@link EvidenceIndex#encoderName() encoder}
   */
  public IndexEvidence(EvidenceIndex index, TextEmbedder embedder, String embedderModel) {
    this.index = index;
    this.embedder = embedder;
    this.sameModel = embedderModel != null && embedderModel.equals(index.encoderName());
    this.searchDepth = searchDepth();
    this.skipAbsentFactChecks = !"false".equals(System.getProperty(SKIP_ABSENT_FACT_CHECKS));
  }

  /** The news search's depth from {@link #SEARCH_DEPTH_PROPERTY} (0: the index's default). */
  static int searchDepth() {
    int d = Integer.getInteger(SEARCH_DEPTH_PROPERTY, SEARCH_DEPTH);
    if (d < 0) {
      throw new IllegalArgumentException(SEARCH_DEPTH_PROPERTY + " must be >= 0, got " + d);
    }
    return d;
  }

  /** Whether query and stored sentence vectors are shared with the index. */
  public boolean sharesVectors() {
    return sameModel;
  }

  @Override
  public boolean isEmpty() {
    return index.passageCount() == 0;
  }

  /** Whether the news may hold undated passages (null: not asked since the last prepare). */
  private volatile Boolean undated;

  private boolean undatedNews() {
    Boolean u = undated;
    if (u == null) {
      u = index.hasUndated(EvidenceCollection.NEWS);
      undated = u;
    }
    return u;
  }

  /** Whether the index may hold earlier fact-checks (null: not asked since the last prepare). */
  private volatile Boolean factChecksHeld;

  private boolean factChecksHeld() {
    if (!skipAbsentFactChecks) {
      return true;
    }
    Boolean h = factChecksHeld;
    if (h == null) {
      h = index.mayHold(EvidenceCollection.FACTCHECKS);
      factChecksHeld = h;
    }
    return h;
  }

  @Override
  public void prepare(List<String> claims) {
    undated = null; // the index may have grown since the last article
    factChecksHeld = null;
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(claims));
    distinct.removeIf(String::isBlank);
    if (distinct.isEmpty() || isEmpty()) {
      return;
    }
    float[][] v = Relevance.embedAll(embedder, distinct); // a caching embedder keeps them
    if (!(embedder instanceof CachingEmbedder cache) || !factChecksHeld()) {
      return;
    }
    // the reviewed claims of the earlier fact-checks each claim will look at, in one batch
    Set<String> reviewed = new LinkedHashSet<>();
    for (int i = 0; i < distinct.size(); i++) {
      SearchRequest r =
          SearchRequest.of(distinct.get(i), PREFETCHED_FACT_CHECKS)
              .withCollection(EvidenceCollection.FACTCHECKS);
      for (Hit h : search(r, v[i])) {
        String t = reviewedText(h.passage());
        if (t != null && !cache.contains(t)) {
          reviewed.add(t);
        }
      }
    }
    Relevance.embedAll(embedder, new ArrayList<>(reviewed));
  }

  private List<Hit> search(SearchRequest request, float[] queryVector) {
    return sameModel ? index.search(request, queryVector) : index.search(request);
  }

  private float[] queryVector(String query) {
    return sameModel ? embedder.embed(List.of(query))[0] : null;
  }

  @Override
  public List<Passage> search(String query, Instant notAfter, int k) {
    if (query.isBlank()) {
      return List.of();
    }
    float[] qv = queryVector(query);
    SearchRequest request =
        SearchRequest.of(query, Math.min(k, SearchRequest.MAX_K))
            .withCollection(EvidenceCollection.NEWS)
            .withTimeRange(null, notAfter)
            .withDepth(searchDepth);
    List<Hit> hits = new ArrayList<>(search(request, qv));
    if (notAfter != null && undatedNews()) {
      // the time filter leaves out passages without a date: they may still be about the claim
      for (Hit h : search(request.withTimeRange(null, null), qv)) {
        if (h.passage().published() == null) {
          hits.add(h);
        }
      }
    }
    Map<String, float[]> stored = new HashMap<>();
    if (sameModel) {
      for (Hit h : hits) {
        for (SentenceVector sv : h.sentences()) {
          stored.putIfAbsent(sv.text(), sv.vector());
        }
      }
    }
    List<Passage> sentences = new ArrayList<>();
    List<String> own = new ArrayList<>(); // each sentence as the index stored it, for its vector
    List<String> antecedent = new ArrayList<>(); // the sentence it is read after, or null
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      org.factdesk.evidence.Passage p = h.passage();
      String previous = "";
      for (Sentence s : SentenceSplitter.split(p.text(), 0)) {
        String t = s.text().strip();
        String read = Anaphora.withAntecedent(previous, t);
        previous = t;
        if (!t.isEmpty() && seen.add(p.documentKey() + "\u0000" + read)) {
          sentences.add(new Passage(p.url(), p.title(), p.source(), p.published(), read, 0));
          own.add(t);
          antecedent.add(
              read.equals(t) ? null : read.substring(0, read.length() - t.length()).strip());
        }
      }
    }
    if (sentences.isEmpty()) {
      return List.of();
    }
    float[][] v = vectors(query, qv, sentences, own, stored);
    TextSignals qs = TextSignals.of(query);
    List<Passage> scored = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Passage s = sentences.get(i);
      float[] before = antecedent.get(i) == null ? null : stored.get(antecedent.get(i));
      double score =
          Relevance.score(v[0], qs, Relevance.joined(before, v[i + 1]), TextSignals.of(s.text()));
      if (score >= Relevance.MIN_SCORE) {
        scored.add(new Passage(s.url(), s.title(), s.source(), s.published(), s.text(), score));
      }
    }
    scored.sort(Comparator.comparingDouble(Passage::score).reversed());
    return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
  }

  /**
   * The query's vector then each sentence's: stored ones as they are (and told to a caching
   * embedder), the others embedded. A sentence read after the one before it ({@link Anaphora})
   * keeps the vector stored for itself ({@code own}): the index has none for the joined text, and
   * embedding it at query time would cost a model run per such sentence.
   */
  private float[][] vectors(
      String query,
      float[] qv,
      List<Passage> sentences,
      List<String> own,
      Map<String, float[]> stored) {
    float[][] v = new float[sentences.size() + 1][];
    List<String> missing = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    if (qv != null) {
      v[0] = qv;
    } else {
      missing.add(query);
      where.add(0);
    }
    CachingEmbedder cache = embedder instanceof CachingEmbedder c ? c : null;
    for (int i = 0; i < sentences.size(); i++) {
      String t = sentences.get(i).text();
      float[] s = stored.get(t);
      if (s == null) {
        s = stored.get(own.get(i));
      }
      if (s == null) {
        missing.add(t);
        where.add(i + 1);
      } else {
        v[i + 1] = s;
        if (cache != null) {
          cache.put(t, s);
        }
      }
    }
    if (!missing.isEmpty()) {
      float[][] e = Relevance.embedAll(embedder, missing);
      for (int j = 0; j < e.length; j++) {
        v[where.get(j)] = e[j];
      }
    }
    return v;
  }

  private static String reviewedText(org.factdesk.evidence.Passage p) {
    String rating = p.metadata().get("rating");
    if (rating == null || rating.isBlank()) {
      return null;
    }
    return p.metadata().getOrDefault("claimReviewed", p.text());
  }

  @Override
  public List<PriorCheck> factChecks(String claim, int k) {
    if (claim.isBlank() || !factChecksHeld()) {
      return List.of();
    }
    SearchRequest request =
        SearchRequest.of(claim, Math.min(k, SearchRequest.MAX_K))
            .withCollection(EvidenceCollection.FACTCHECKS);
    List<org.factdesk.evidence.Passage> found = new ArrayList<>();
    for (Hit h : search(request, queryVector(claim))) {
      if (reviewedText(h.passage()) != null) {
        found.add(h.passage());
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>(found.size() + 1);
    texts.add(claim);
    for (org.factdesk.evidence.Passage p : found) {
      texts.add(reviewedText(p));
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
