package org.factdesk.evidence.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.factdesk.evidence.Fusion;
import org.factdesk.evidence.Hit;
import org.factdesk.evidence.Passage;
import org.factdesk.evidence.ScoreExplanation;
import org.factdesk.evidence.SearchRequest;
import org.factdesk.internal.NamedThreads;

/** One hybrid search on one searcher: BM25 candidates, vector candidates, fusion, hits. */
public final class HybridSearch {
  /** Most distinct query terms used for BM25. */
  public static final int MAX_TERMS = 256;

  /** Runs the BM25 ranking while the calling thread runs the vector ranking. */
  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(2, new NamedThreads("evidence-search"));

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final Fusion fusion;

  public HybridSearch(IndexSearcher searcher, Analyzer analyzer, Fusion fusion) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.fusion = fusion;
  }

  private static final class Candidate {
    final int doc;
    Double bm25;
    Integer bm25Rank;
    Double cosine;
    Integer vectorRank;
    double score;

    Candidate(int doc) {
      this.doc = doc;
    }
  }

  public List<Hit> search(SearchRequest r, float[] queryVector, int dimension) throws IOException {
    Query filter = filter(r);
    int depth = Math.max(r.depth() > 0 ? r.depth() : fusion.depth(), r.k());
    Map<Integer, Candidate> cands = new HashMap<>();
    Query lexical = null;
    Query lexicalFiltered = null;
    if (r.mode() != SearchRequest.Mode.VECTOR) {
      lexical = lexicalQuery(r.query());
      if (lexical != null) {
        lexicalFiltered =
            filter == null
                ? lexical
                : new BooleanQuery.Builder()
                    .add(lexical, BooleanClause.Occur.MUST)
                    .add(filter, BooleanClause.Occur.FILTER)
                    .build();
      }
    }
    Query knn = null;
    if (r.mode() != SearchRequest.Mode.LEXICAL) {
      if (queryVector == null || queryVector.length != dimension) {
        throw new IllegalArgumentException(
            "a query vector of " + dimension + " dimensions is needed for " + r.mode());
      }
      knn = new KnnFloatVectorQuery(DocumentFields.VECTOR, queryVector, depth, filter);
    }
    // the two rankings run side by side when both are wanted
    TopDocs lexicalTop = null;
    TopDocs vectorTop = null;
    if (lexicalFiltered != null && knn != null) {
      Query lq = lexicalFiltered;
      Future<TopDocs> lexicalFuture = POOL.submit(() -> searcher.search(lq, depth));
      vectorTop = searcher.search(knn, depth);
      lexicalTop = await(lexicalFuture);
    } else if (lexicalFiltered != null) {
      lexicalTop = searcher.search(lexicalFiltered, depth);
    } else if (knn != null) {
      vectorTop = searcher.search(knn, depth);
    }
    if (lexicalTop != null) {
      int rank = 1;
      for (ScoreDoc sd : lexicalTop.scoreDocs) {
        Candidate c = cands.computeIfAbsent(sd.doc, Candidate::new);
        c.bm25 = (double) sd.score;
        c.bm25Rank = rank++;
      }
    }
    if (vectorTop != null) {
      int rank = 1;
      for (ScoreDoc sd : vectorTop.scoreDocs) {
        Candidate c = cands.computeIfAbsent(sd.doc, Candidate::new);
        c.cosine = 2.0 * sd.score - 1.0; // DOT_PRODUCT scores are (1 + cos) / 2
        c.vectorRank = rank++;
      }
    }
    SearchRequest.Mode mode = r.mode();
    String method;
    if (mode == SearchRequest.Mode.LEXICAL) {
      method = "bm25 only";
    } else if (mode == SearchRequest.Mode.VECTOR) {
      method = "vector only (cosine)";
    } else {
      method =
          r.depth() > 0
              ? new Fusion(fusion.k(), fusion.bm25Weight(), fusion.vectorWeight(), depth).toString()
              : fusion.toString();
    }
    for (Candidate c : cands.values()) {
      if (mode == SearchRequest.Mode.LEXICAL) {
        c.score = c.bm25;
      } else if (mode == SearchRequest.Mode.VECTOR) {
        c.score = c.cosine;
      } else {
        c.score =
            fusion.part(fusion.bm25Weight(), c.bm25Rank)
                + fusion.part(fusion.vectorWeight(), c.vectorRank);
      }
    }
    List<Candidate> ranked = new ArrayList<>(cands.values());
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.doc));
    List<Hit> hits = new ArrayList<>();
    org.apache.lucene.index.StoredFields fields = searcher.storedFields();
    for (Candidate c : ranked.subList(0, Math.min(r.k(), ranked.size()))) {
      org.apache.lucene.document.Document stored = fields.document(c.doc, HIT_FIELDS);
      Passage p = DocumentFields.fromLucene(stored);
      double bPart = 0;
      double vPart = 0;
      if (mode == SearchRequest.Mode.LEXICAL) {
        bPart = c.score;
      } else if (mode == SearchRequest.Mode.VECTOR) {
        vPart = c.score;
      } else {
        bPart = fusion.part(fusion.bm25Weight(), c.bm25Rank);
        vPart = fusion.part(fusion.vectorWeight(), c.vectorRank);
      }
      List<String> terms =
          r.explain() && lexical != null && c.bm25 != null ? terms(lexical, c.doc) : List.of();
      hits.add(
          new Hit(
              p,
              c.score,
              hits.size() + 1,
              new ScoreExplanation(
                  c.bm25, c.bm25Rank, c.cosine, c.vectorRank, bPart, vPart, method, terms),
              DocumentFields.sentences(stored)));
    }
    return hits;
  }

  private static TopDocs await(Future<TopDocs> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while searching", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("BM25 search failed", e.getCause());
    }
  }

  private List<String> terms(Query lexical, int doc) throws IOException {
    Explanation e = searcher.explain(lexical, doc);
    List<String> out = new ArrayList<>();
    Explanation[] details = e.getDetails();
    if (details.length == 0 || e.getDescription().startsWith("weight(")) {
      details = new Explanation[] {e}; // a single term: the query was rewritten to it
    }
    for (Explanation d : details) {
      String desc = d.getDescription();
      int colon = desc.indexOf(TEXT_PREFIX);
      String term = desc;
      if (colon >= 0) {
        int start = colon + TEXT_PREFIX.length();
        int end = desc.indexOf(' ', start);
        term = desc.substring(start, end < 0 ? desc.length() : end);
      }
      out.add(String.format(Locale.ROOT, "%s=%.3f", term, d.getValue().doubleValue()));
    }
    return out;
  }

  /** The stored fields a hit needs (not the MinHash signature). */
  private static final Set<String> HIT_FIELDS =
      Set.of(
          DocumentFields.ID,
          DocumentFields.KEY,
          DocumentFields.ORDINAL,
          DocumentFields.TEXT,
          DocumentFields.URL,
          DocumentFields.TITLE,
          DocumentFields.SOURCE,
          DocumentFields.SOURCES,
          DocumentFields.URLS,
          DocumentFields.PUBLISHED,
          DocumentFields.INGESTED,
          DocumentFields.COLLECTION,
          DocumentFields.HASH,
          DocumentFields.META,
          DocumentFields.SENTENCES);

  private static final String TEXT_PREFIX = DocumentFields.TEXT + ":";

  /** BM25 query: the analysed terms of the text, any of which may match. Null if none. */
  public Query lexicalQuery(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(DocumentFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < MAX_TERMS) {
        terms.add(term.toString());
      }
      ts.end();
    }
    if (terms.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(new TermQuery(new Term(DocumentFields.TEXT, t)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** The filters of the request as one query, or null if none. */
  static Query filter(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (r.collection() != null) {
      b.add(
          new TermQuery(new Term(DocumentFields.COLLECTION, r.collection().id())),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    if (!r.sources().isEmpty()) {
      BooleanQuery.Builder s = new BooleanQuery.Builder();
      for (String name : r.sources()) {
        s.add(new TermQuery(new Term(DocumentFields.SOURCES, name)), BooleanClause.Occur.SHOULD);
      }
      b.add(s.build(), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (r.after() != null || r.before() != null) {
      long from = r.after() == null ? Long.MIN_VALUE : r.after().toEpochMilli();
      long until = r.before() == null ? Long.MAX_VALUE : r.before().toEpochMilli() - 1;
      b.add(
          LongPoint.newRangeQuery(DocumentFields.PUBLISHED, from, until),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    return any ? b.build() : null;
  }
}
