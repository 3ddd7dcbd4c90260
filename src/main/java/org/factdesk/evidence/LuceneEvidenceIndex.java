package org.factdesk.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.factdesk.FactDeskException;
import org.factdesk.evidence.internal.DocumentFields;
import org.factdesk.evidence.internal.Hashes;
import org.factdesk.evidence.internal.HybridSearch;
import org.factdesk.evidence.internal.MinHash;
import org.factdesk.evidence.internal.PassageSplitter;
import org.factdesk.evidence.internal.SentenceVectors;

/**
 * The embedded {@link EvidenceIndex}: Lucene 10 in a directory (usually {@code <data>/index}), BM25
 * with English analysis over passage text, HNSW over sentence embeddings, reciprocal-rank fusion.
 * Each {@link #add} is one Lucene commit; searches see it as soon as it returns.
 */
public final class LuceneEvidenceIndex implements EvidenceIndex {

  /** How vectors are stored in the HNSW graph. */
  public enum VectorStorage {
    /** 32-bit floats: exact cosines, larger index. */
    FLOAT32,
    /** Scalar-quantised bytes beside the floats: faster graph search, same recall in practice. */
    INT8
  }

  /**
   * Settings of the index.
   *
   * @param fusion fusion of the two rankings
   * @param maxSentences sentences per passage
   * @param maxChars characters per passage (about)
   * @param nearDuplicates whether near-duplicate documents are merged
   * @param storage vector storage
   * @param hnswM graph degree
   * @param hnswBeamWidth graph construction beam
   * @param ramBufferMb indexing buffer
   * @param sentenceVectors whether the vectors of each news passage's sentences are computed at
   *     ingest and stored, so that a check need not embed them (costs ingest time and space)
   */
  public record Options(
      Fusion fusion,
      int maxSentences,
      int maxChars,
      boolean nearDuplicates,
      VectorStorage storage,
      int hnswM,
      int hnswBeamWidth,
      int ramBufferMb,
      boolean sentenceVectors) {
    public Options {
      if (fusion == null) {
        throw new IllegalArgumentException("fusion must not be null");
      }
      if (storage == null) {
        throw new IllegalArgumentException("storage must not be null");
      }
      if (hnswM < 2 || hnswM > 512) {
        throw new IllegalArgumentException("hnswM must be in 2..512, got " + hnswM);
      }
      if (hnswBeamWidth < 1 || hnswBeamWidth > 3200) {
        throw new IllegalArgumentException(
            "hnswBeamWidth must be in 1..3200, got " + hnswBeamWidth);
      }
      if (ramBufferMb < 1) {
        throw new IllegalArgumentException("ramBufferMb must be >= 1, got " + ramBufferMb);
      }
      new PassageSplitter(maxSentences, maxChars); // validates
    }

    public static Options defaults() {
      return new Options(Fusion.defaults(), 2, 400, true, VectorStorage.FLOAT32, 16, 100, 64, true);
    }

    public Options withFusion(Fusion f) {
      return new Options(
          f,
          maxSentences,
          maxChars,
          nearDuplicates,
          storage,
          hnswM,
          hnswBeamWidth,
          ramBufferMb,
          sentenceVectors);
    }

    public Options withNearDuplicates(boolean on) {
      return new Options(
          fusion,
          maxSentences,
          maxChars,
          on,
          storage,
          hnswM,
          hnswBeamWidth,
          ramBufferMb,
          sentenceVectors);
    }

    public Options withStorage(VectorStorage s) {
      return new Options(
          fusion,
          maxSentences,
          maxChars,
          nearDuplicates,
          s,
          hnswM,
          hnswBeamWidth,
          ramBufferMb,
          sentenceVectors);
    }

    public Options withPassages(int sentences, int chars) {
      return new Options(
          fusion,
          sentences,
          chars,
          nearDuplicates,
          storage,
          hnswM,
          hnswBeamWidth,
          ramBufferMb,
          sentenceVectors);
    }

    public Options withSentenceVectors(boolean on) {
      return new Options(
          fusion,
          maxSentences,
          maxChars,
          nearDuplicates,
          storage,
          hnswM,
          hnswBeamWidth,
          ramBufferMb,
          on);
    }

    public Options withRamBufferMb(int mb) {
      return new Options(
          fusion,
          maxSentences,
          maxChars,
          nearDuplicates,
          storage,
          hnswM,
          hnswBeamWidth,
          mb,
          sentenceVectors);
    }
  }

  /** Lucene's one-time INFO notice about the vector API would land on the user's stderr. */
  @SuppressWarnings("UnusedVariable") // held so the level is not lost with a collected logger
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger l =
        java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  /** Passages encoded per call to the encoder (and per progress report). */
  private static final int ENCODE_CHUNK = 256;

  /** Fact-checks up to this length are one passage. */
  private static final int MAX_WHOLE_FACTCHECK = 2000;

  private final Path dir;
  private final PassageEncoder encoder;
  private final Options options;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final PassageSplitter splitter;
  private final Directory directory;
  private final Object writeLock = new Object();
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;

  private LuceneEvidenceIndex(Path dir, PassageEncoder encoder, Options options)
      throws IOException {
    this.dir = dir;
    this.encoder = encoder;
    this.options = options;
    this.splitter = new PassageSplitter(options.maxSentences(), options.maxChars());
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    openWriter();
    checkEncoder();
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static LuceneEvidenceIndex open(Path dir, PassageEncoder encoder, Options options) {
    if (encoder == null) {
      throw new IllegalArgumentException("encoder must not be null");
    }
    try {
      return new LuceneEvidenceIndex(dir, encoder, options);
    } catch (IOException e) {
      throw new FactDeskException("cannot open the evidence index in " + dir, e);
    }
  }

  /** Opens (or creates) the index in {@code dir} with default options. */
  public static LuceneEvidenceIndex open(Path dir, PassageEncoder encoder) {
    return open(dir, encoder, Options.defaults());
  }

  /** The directory of the index. */
  public Path directory() {
    return dir;
  }

  private void openWriter() throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(options.ramBufferMb());
    cfg.setCodec(codec());
    cfg.setCommitOnClose(false);
    writer = new IndexWriter(directory, cfg);
    searchers = new SearcherManager(writer, new SearcherFactory());
  }

  private Lucene104Codec codec() {
    KnnVectorsFormat format =
        options.storage() == VectorStorage.INT8
            ? new Lucene104HnswScalarQuantizedVectorsFormat(
                options.hnswM(), options.hnswBeamWidth())
            : new Lucene99HnswVectorsFormat(options.hnswM(), options.hnswBeamWidth());
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }

  private void checkEncoder() throws IOException {
    Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : commitData();
    String model = data.get("encoder");
    if (model != null && !model.equals(encoder.name() + "/" + encoder.dimension())) {
      throw new FactDeskException(
          "the evidence index in "
              + dir
              + " was built with encoder "
              + model
              + ", not "
              + encoder.name()
              + "/"
              + encoder.dimension()
              + "; remove it and ingest again");
    }
  }

  private Map<String, String> commitData() {
    Map<String, String> m = new HashMap<>();
    Iterable<Map.Entry<String, String>> it = writer.getLiveCommitData();
    if (it != null) {
      for (Map.Entry<String, String> e : it) {
        m.put(e.getKey(), e.getValue());
      }
    }
    return m;
  }

  @Override
  public AddResult add(List<EvidenceDocument> documents, IntConsumer progress) {
    if (documents.isEmpty()) {
      return AddResult.EMPTY;
    }
    synchronized (writeLock) {
      try {
        AddResult r = addAll(documents, progress);
        writer.setLiveCommitData(
            Map.of("encoder", encoder.name() + "/" + encoder.dimension()).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        return r;
      } catch (IOException | RuntimeException e) {
        rollback(e);
        if (e instanceof RuntimeException re) {
          throw re;
        }
        throw new FactDeskException("cannot add " + documents.size() + " documents to " + dir, e);
      }
    }
  }

  private void rollback(Exception cause) {
    try {
      searchers.close();
      writer.rollback();
      openWriter();
    } catch (IOException e) {
      cause.addSuppressed(e);
      throw new FactDeskException("cannot roll back the evidence index in " + dir, e);
    }
  }

  /** A document being added: its passages, vectors and keys. */
  private record Pending(
      EvidenceDocument doc, String key, String docHash, int[] minhash, List<String> passages) {}

  private AddResult addAll(List<EvidenceDocument> documents, IntConsumer progress)
      throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      List<Pending> toIndex = new ArrayList<>();
      Map<String, Pending> batchKeys = new HashMap<>();
      Map<String, Pending> batchHashes = new HashMap<>();
      List<Pending> batchNear = new ArrayList<>();
      Map<String, DocumentFields.Carrier> merges = new LinkedHashMap<>();
      int duplicates = 0;
      int near = 0;
      int replaced = 0;
      for (EvidenceDocument d : documents) {
        String normText = d.text().replaceAll("\\s+", " ").strip();
        String docHash = Hashes.sha256(normText);
        String key = d.url() != null ? d.url() : "sha256:" + docHash;
        int[] minhash = options.nearDuplicates() ? MinHash.signature(normText) : null;
        // the same document again: by key (URL), by content (hash), within this batch or indexed
        Pending sameKey = batchKeys.get(key);
        if (sameKey != null) {
          duplicates++;
          continue;
        }
        DocumentFields.Head existing = DocumentFields.headByKey(searcher, key);
        if (existing == null
            && d.url() != null
            && DocumentFields.headByUrl(searcher, d.url()) != null) {
          duplicates++; // recorded earlier as a near-duplicate of another document
          continue;
        }
        if (existing != null) {
          if (existing.docHash().equals(docHash)) {
            duplicates++;
            continue;
          }
          writer.deleteDocuments(new Term(DocumentFields.KEY, key));
          replaced++;
        }
        Pending sameContent = batchHashes.get(docHash);
        DocumentFields.Head sameHashHead =
            sameContent == null ? DocumentFields.headByHash(searcher, docHash) : null;
        if (sameContent != null || sameHashHead != null) {
          String originalKey = sameContent != null ? sameContent.key() : sameHashHead.key();
          recordCarrier(merges, originalKey, d, sameContent != null);
          if (sameContent == null && sameHashHead.urls().contains(d.url())) {
            duplicates++;
          } else {
            near++;
          }
          continue;
        }
        if (minhash != null) {
          Pending similar = null;
          for (Pending q : batchNear) {
            if (MinHash.similarity(q.minhash(), minhash) >= MinHash.THRESHOLD) {
              similar = q;
              break;
            }
          }
          DocumentFields.Head head =
              similar == null ? DocumentFields.nearest(searcher, minhash) : null;
          if (similar != null || head != null) {
            recordCarrier(merges, similar != null ? similar.key() : head.key(), d, similar != null);
            near++;
            continue;
          }
        }
        Pending full = new Pending(d, key, docHash, minhash, passages(d, normText));
        if (full.passages().isEmpty()) {
          continue;
        }
        toIndex.add(full);
        batchKeys.put(key, full);
        batchHashes.put(docHash, full);
        if (minhash != null) {
          batchNear.add(full);
        }
      }
      int passages = writeNew(toIndex, merges, progress);
      for (Map.Entry<String, DocumentFields.Carrier> m : merges.entrySet()) {
        if (!m.getValue().inBatch()) {
          DocumentFields.addCarriers(searcher, writer, m.getKey(), m.getValue());
        }
      }
      return new AddResult(toIndex.size(), passages, duplicates, near, replaced);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Fact-checks stay whole (claim, claimant and rating together) unless very long. */
  private List<String> passages(EvidenceDocument d, String normText) {
    if (d.collection() == EvidenceCollection.FACTCHECKS
        && normText.length() <= MAX_WHOLE_FACTCHECK) {
      return List.of(normText);
    }
    return splitter.split(d.text());
  }

  private static void recordCarrier(
      Map<String, DocumentFields.Carrier> merges,
      String originalKey,
      EvidenceDocument d,
      boolean inBatch) {
    merges
        .computeIfAbsent(originalKey, k -> new DocumentFields.Carrier(inBatch))
        .add(d.source(), d.url());
  }

  private int writeNew(
      List<Pending> docs, Map<String, DocumentFields.Carrier> merges, IntConsumer progress)
      throws IOException {
    List<String> texts = new ArrayList<>();
    for (Pending p : docs) {
      texts.addAll(p.passages());
    }
    if (texts.isEmpty()) {
      return 0;
    }
    float[][] vectors = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i += ENCODE_CHUNK) {
      List<String> chunk = texts.subList(i, Math.min(texts.size(), i + ENCODE_CHUNK));
      float[][] v = encode(chunk);
      System.arraycopy(v, 0, vectors, i, v.length);
      progress.accept(chunk.size());
    }
    BytesRef[] sentences = sentenceVectors(docs, texts, vectors);
    int next = 0;
    for (Pending p : docs) {
      DocumentFields.Carrier extra = merges.get(p.key());
      List<String> sources = new ArrayList<>(List.of(p.doc().source()));
      List<String> urls = new ArrayList<>();
      if (p.doc().url() != null) {
        urls.add(p.doc().url());
      }
      if (extra != null) {
        extra.mergeInto(sources, urls);
      }
      List<Document> lucene = new ArrayList<>();
      for (int i = 0; i < p.passages().size(); i++) {
        Passage passage =
            DocumentFields.newPassage(p.doc(), p.key(), i, p.passages().get(i), sources, urls);
        lucene.add(
            DocumentFields.toLucene(
                passage, p.docHash(), vectors[next], i == 0 ? p.minhash() : null, sentences[next]));
        next++;
      }
      writer.addDocuments(lucene);
    }
    return texts.size();
  }

  /**
   * The stored sentence vectors of each passage (null for fact-checks, or when turned off). A
   * passage that is one sentence reuses its own vector; every other distinct sentence of the batch
   * is encoded once.
   */
  private BytesRef[] sentenceVectors(List<Pending> docs, List<String> texts, float[][] vectors) {
    BytesRef[] out = new BytesRef[texts.size()];
    if (!options.sentenceVectors()) {
      return out;
    }
    List<List<SentenceVectors.Span>> spans = new ArrayList<>(texts.size());
    Map<String, float[]> known = new HashMap<>();
    LinkedHashMap<String, Boolean> missing = new LinkedHashMap<>();
    int next = 0;
    for (Pending p : docs) {
      boolean news = p.doc().collection() == EvidenceCollection.NEWS;
      for (int i = 0; i < p.passages().size(); i++, next++) {
        if (!news) {
          spans.add(null);
          continue;
        }
        List<SentenceVectors.Span> ss = SentenceVectors.spans(texts.get(next));
        spans.add(ss);
        if (ss.size() == 1 && ss.get(0).text().equals(texts.get(next))) {
          known.putIfAbsent(texts.get(next), vectors[next]);
        }
      }
    }
    for (List<SentenceVectors.Span> ss : spans) {
      if (ss != null) {
        for (SentenceVectors.Span sp : ss) {
          if (!known.containsKey(sp.text())) {
            missing.put(sp.text(), Boolean.TRUE);
          }
        }
      }
    }
    List<String> todo = new ArrayList<>(missing.keySet());
    for (int i = 0; i < todo.size(); i += ENCODE_CHUNK) {
      List<String> chunk = todo.subList(i, Math.min(todo.size(), i + ENCODE_CHUNK));
      float[][] v = encode(chunk);
      for (int j = 0; j < chunk.size(); j++) {
        known.put(chunk.get(j), v[j]);
      }
    }
    for (int i = 0; i < out.length; i++) {
      List<SentenceVectors.Span> ss = spans.get(i);
      if (ss == null) {
        continue;
      }
      float[][] v = new float[ss.size()][];
      for (int j = 0; j < v.length; j++) {
        v[j] = known.get(ss.get(j).text());
      }
      out[i] = SentenceVectors.encode(ss, v);
    }
    return out;
  }

  private float[][] encode(List<String> texts) {
    float[][] v = encoder.encode(texts);
    if (v.length != texts.size()) {
      throw new FactDeskException(
          "encoder " + encoder.name() + " gave " + v.length + " vectors for " + texts.size());
    }
    for (float[] x : v) {
      if (x.length != encoder.dimension()) {
        throw new FactDeskException(
            "encoder " + encoder.name() + " gave a vector of " + x.length + " dimensions");
      }
      normalise(x);
    }
    return v;
  }

  static void normalise(float[] x) {
    double n = 0;
    for (float f : x) {
      n += f * f;
    }
    if (n == 0) {
      x[0] = 1f; // an empty text: any unit vector; it scores by BM25 only in practice
      return;
    }
    if (Math.abs(n - 1) > 1e-4) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int i = 0; i < x.length; i++) {
        x[i] *= inv;
      }
    }
  }

  @Override
  public List<Hit> search(SearchRequest request) {
    float[] qv = null;
    if (request.mode() != SearchRequest.Mode.LEXICAL) {
      qv = encode(List.of(request.query()))[0];
    }
    return searchWithVector(request, qv);
  }

  /** As {@link #searchWithVector}: the query vector (normalised here) is used as given. */
  @Override
  public List<Hit> search(SearchRequest request, float[] queryVector) {
    if (queryVector == null || request.mode() == SearchRequest.Mode.LEXICAL) {
      return search(request);
    }
    if (queryVector.length != encoder.dimension()) {
      throw new IllegalArgumentException(
          "query vector has "
              + queryVector.length
              + " dimensions, the index "
              + encoder.dimension());
    }
    float[] v = queryVector.clone();
    normalise(v);
    return searchWithVector(request, v);
  }

  @Override
  public boolean hasUndated(EvidenceCollection collection) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
            .add(
                LongPoint.newRangeQuery(DocumentFields.PUBLISHED, Long.MIN_VALUE, Long.MAX_VALUE),
                BooleanClause.Occur.MUST_NOT);
    if (collection != null) {
      b.add(
          new TermQuery(new Term(DocumentFields.COLLECTION, collection.id())),
          BooleanClause.Occur.FILTER);
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.count(b.build()) > 0;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot count undated passages in " + dir, e);
    }
  }

  @Override
  public boolean mayHold(EvidenceCollection collection) {
    if (collection == null) {
      return passageCount() > 0;
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.count(new TermQuery(new Term(DocumentFields.COLLECTION, collection.id()))) > 0;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot count the passages of " + collection + " in " + dir, e);
    }
  }

  @Override
  public String encoderName() {
    return encoder.name();
  }

  /**
   * Searches with a query vector computed elsewhere (e.g. in a batch for a benchmark). {@code
   * queryVector} may be null for lexical search.
   */
  public List<Hit> searchWithVector(SearchRequest request, float[] queryVector) {
    IndexSearcher searcher;
    try {
      searchers.maybeRefresh();
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new FactDeskException("cannot open a searcher on " + dir, e);
    }
    try {
      return new HybridSearch(searcher, analyzer, options.fusion())
          .search(request, queryVector, encoder.dimension());
    } catch (IOException e) {
      throw new FactDeskException("search failed on " + dir + " for '" + request.query() + "'", e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new FactDeskException("cannot release a searcher on " + dir, e);
      }
    }
  }

  @Override
  public boolean containsUrl(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      IndexSearcher s = searchers.acquire();
      try {
        TopDocs td = s.search(new TermQuery(new Term(DocumentFields.URLS, url)), 1);
        return td.scoreDocs.length > 0;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot look up " + url + " in " + dir, e);
    }
  }

  @Override
  public long passageCount() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot count passages in " + dir, e);
    }
  }

  /** Number of index segments now (for benchmarks). */
  public int segmentCount() {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().leaves().size();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot count segments in " + dir, e);
    }
  }

  /** Merges segments down to {@code maxSegments} (for benchmarks and after a bulk load). */
  public void forceMerge(int maxSegments) {
    synchronized (writeLock) {
      try {
        writer.forceMerge(maxSegments);
        writer.commit();
        searchers.maybeRefreshBlocking();
      } catch (IOException e) {
        throw new FactDeskException("cannot merge the evidence index in " + dir, e);
      }
    }
  }

  /** The number of committed passages in an index directory, read without opening a writer. */
  public static long committedPassages(Path dir) {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    } catch (IOException e) {
      throw new FactDeskException("cannot read the evidence index in " + dir, e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        searchers.close();
        writer.rollback(); // everything worth keeping was committed by add()
        directory.close();
      } catch (IOException e) {
        throw new FactDeskException("cannot close the evidence index in " + dir, e);
      }
    }
  }
}
