package org.factdesk.evidence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.factdesk.FactDeskException;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.Passage;
import org.factdesk.internal.Json;

/** The Lucene fields of a passage, and reading passages back. */
public final class DocumentFields {
  public static final String ID = "id";
  public static final String KEY = "key";
  public static final String DOC_HASH = "doc_hash";
  public static final String HASH = "hash";
  public static final String ORDINAL = "ordinal";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String URL = "url";
  public static final String URLS = "urls";
  public static final String SOURCE = "source";
  public static final String SOURCES = "sources";
  public static final String PUBLISHED = "published";
  public static final String INGESTED = "ingested";
  public static final String COLLECTION = "collection";
  public static final String META = "meta";
  public static final String MINHASH = "minhash";
  public static final String BAND = "minhash_band";
  public static final String VECTOR = "vector";

  /** Stored sentence vectors of a passage ({@link SentenceVectors}); absent in older indexes. */
  public static final String SENTENCES = "sentence_vectors";

  private static final TypeReference<Map<String, String>> META_TYPE = new TypeReference<>() {};

  private DocumentFields() {}

  /** The indexed head of a document: its key, content hash and every URL it was found at. */
  public record Head(String key, String docHash, List<String> urls) {}

  /** Sources and URLs to record on an indexed document (near-duplicates found later). */
  public static final class Carrier {
    private final boolean inBatch;
    private final List<String> sources = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();

    public Carrier(boolean inBatch) {
      this.inBatch = inBatch;
    }

    /** Whether the original is in the same batch (not yet in the index). */
    public boolean inBatch() {
      return inBatch;
    }

    public void add(String source, String url) {
      if (!sources.contains(source)) {
        sources.add(source);
      }
      if (url != null && !urls.contains(url)) {
        urls.add(url);
      }
    }

    /** Adds this carrier's sources and URLs to the lists, keeping order and skipping repeats. */
    public boolean mergeInto(List<String> allSources, List<String> allUrls) {
      boolean changed = false;
      for (String s : sources) {
        if (!allSources.contains(s)) {
          allSources.add(s);
          changed = true;
        }
      }
      for (String u : urls) {
        if (!allUrls.contains(u)) {
          allUrls.add(u);
          changed = true;
        }
      }
      return changed;
    }
  }

  /** A passage record for a new document. */
  public static Passage newPassage(
      EvidenceDocument d,
      String key,
      int ordinal,
      String text,
      List<String> sources,
      List<String> urls) {
    return new Passage(
        key + "#" + ordinal,
        key,
        ordinal,
        text,
        d.url(),
        d.title(),
        d.source(),
        sources,
        urls,
        d.published(),
        d.ingested(),
        d.collection(),
        Hashes.sha256(text),
        d.metadata());
  }

  /**
   * The Lucene document of a passage. {@code minhash} is null except on a document's first passage.
   */
  public static Document toLucene(Passage p, String docHash, float[] vector, int[] minhash) {
    return toLucene(p, docHash, vector, minhash, null);
  }

  /**
   * The Lucene document of a passage with its stored sentence vectors ({@code sentences}, null for
   * none).
   */
  public static Document toLucene(
      Passage p, String docHash, float[] vector, int[] minhash, BytesRef sentences) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new StringField(KEY, p.documentKey(), Field.Store.YES));
    doc.add(new StringField(DOC_HASH, docHash, Field.Store.YES));
    doc.add(new StoredField(HASH, p.contentHash()));
    doc.add(new StoredField(ORDINAL, p.ordinal()));
    doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
    if (p.title() != null) {
      doc.add(new StoredField(TITLE, p.title()));
    }
    if (p.url() != null) {
      doc.add(new StoredField(URL, p.url()));
    }
    for (String u : p.urls()) {
      doc.add(new StringField(URLS, u, Field.Store.YES));
    }
    doc.add(new StoredField(SOURCE, p.source()));
    for (String s : p.sources()) {
      doc.add(new StringField(SOURCES, s, Field.Store.YES));
    }
    if (p.published() != null) {
      long ms = p.published().toEpochMilli();
      doc.add(new LongPoint(PUBLISHED, ms));
      doc.add(new StoredField(PUBLISHED, ms));
    }
    doc.add(new StoredField(INGESTED, p.ingested().toEpochMilli()));
    doc.add(new StringField(COLLECTION, p.collection().id(), Field.Store.YES));
    if (!p.metadata().isEmpty()) {
      try {
        doc.add(new StoredField(META, Json.mapper().writeValueAsString(p.metadata())));
      } catch (JsonProcessingException e) {
        throw new FactDeskException("cannot write metadata of passage " + p.id(), e);
      }
    }
    doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    if (sentences != null) {
      doc.add(new StoredField(SENTENCES, sentences));
    }
    if (minhash != null) {
      doc.add(new StoredField(MINHASH, MinHash.toBytes(minhash)));
      for (int b = 0; b < MinHash.BANDS; b++) {
        doc.add(new StringField(BAND, MinHash.band(minhash, b), Field.Store.NO));
      }
    }
    return doc;
  }

  /** Reads a passage back from its stored fields. */
  public static Passage fromLucene(Document d) {
    Map<String, String> meta = Map.of();
    String metaJson = d.get(META);
    if (metaJson != null) {
      try {
        meta = Json.mapper().readValue(metaJson, META_TYPE);
      } catch (JsonProcessingException e) {
        throw new FactDeskException("cannot read metadata of passage " + d.get(ID), e);
      }
    }
    IndexableField published = d.getField(PUBLISHED);
    return new Passage(
        d.get(ID),
        d.get(KEY),
        d.getField(ORDINAL).numericValue().intValue(),
        d.get(TEXT),
        d.get(URL),
        d.get(TITLE),
        d.get(SOURCE),
        List.of(d.getValues(SOURCES)),
        List.of(d.getValues(URLS)),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        Instant.ofEpochMilli(d.getField(INGESTED).numericValue().longValue()),
        EvidenceCollection.parse(d.get(COLLECTION)),
        d.get(HASH),
        meta);
  }

  /** The document indexed under this key, or null. */
  public static Head headByKey(IndexSearcher s, String key) throws IOException {
    return head(s, new TermQuery(new Term(KEY, key)));
  }

  /** A document with exactly this normalised content, or null. */
  public static Head headByHash(IndexSearcher s, String docHash) throws IOException {
    return head(s, new TermQuery(new Term(DOC_HASH, docHash)));
  }

  /** A document found at this URL (first or as a near-duplicate), or null. */
  public static Head headByUrl(IndexSearcher s, String url) throws IOException {
    return head(s, new TermQuery(new Term(URLS, url)));
  }

  private static Head head(IndexSearcher s, org.apache.lucene.search.Query q) throws IOException {
    TopDocs td = s.search(q, 1);
    if (td.scoreDocs.length == 0) {
      return null;
    }
    Document d = s.storedFields().document(td.scoreDocs[0].doc);
    return new Head(d.get(KEY), d.get(DOC_HASH), List.of(d.getValues(URLS)));
  }

  /** The indexed document most similar to this signature, at least {@link MinHash#THRESHOLD}. */
  public static Head nearest(IndexSearcher s, int[] minhash) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < MinHash.BANDS; i++) {
      b.add(new TermQuery(new Term(BAND, MinHash.band(minhash, i))), BooleanClause.Occur.SHOULD);
    }
    TopDocs td = s.search(b.build(), 200);
    StoredFields stored = s.storedFields();
    Head best = null;
    double bestSimilarity = 0;
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = stored.document(sd.doc);
      int[] other = minhash(d);
      if (other == null) {
        continue;
      }
      double sim = MinHash.similarity(other, minhash);
      if (sim >= MinHash.THRESHOLD && sim > bestSimilarity) {
        bestSimilarity = sim;
        best = new Head(d.get(KEY), d.get(DOC_HASH), List.of(d.getValues(URLS)));
      }
    }
    return best;
  }

  /** The stored sentence vectors of a passage document, or an empty list. */
  public static List<org.factdesk.evidence.SentenceVector> sentences(Document d) {
    return SentenceVectors.decode(d.getBinaryValue(SENTENCES), d.get(TEXT));
  }

  private static BytesRef sentenceBytes(Document d) {
    BytesRef b = d.getBinaryValue(SENTENCES);
    return b == null ? null : BytesRef.deepCopyOf(b);
  }

  private static int[] minhash(Document d) {
    BytesRef bytes = d.getBinaryValue(MINHASH);
    return bytes == null ? null : MinHash.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }

  /**
   * Records more carriers (sources, URLs) on every passage of an indexed document, re-indexing
   * those passages with their stored vectors.
   */
  public static void addCarriers(IndexSearcher s, IndexWriter w, String key, Carrier carrier)
      throws IOException {
    TopDocs td = s.search(new TermQuery(new Term(KEY, key)), 100_000);
    StoredFields stored = s.storedFields();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = stored.document(sd.doc);
      Passage p = fromLucene(d);
      List<String> sources = new ArrayList<>(p.sources());
      List<String> urls = new ArrayList<>(p.urls());
      if (!carrier.mergeInto(sources, urls)) {
        continue;
      }
      Passage updated =
          new Passage(
              p.id(),
              p.documentKey(),
              p.ordinal(),
              p.text(),
              p.url(),
              p.title(),
              p.source(),
              sources,
              urls,
              p.published(),
              p.ingested(),
              p.collection(),
              p.contentHash(),
              p.metadata());
      float[] vector = vector(leaves, sd.doc);
      w.updateDocument(
          new Term(ID, p.id()),
          toLucene(updated, d.get(DOC_HASH), vector, minhash(d), sentenceBytes(d)));
    }
  }

  /** The stored vector of a document. */
  public static float[] vector(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
    if (values == null) {
      throw new FactDeskException("passage " + doc + " has no vector");
    }
    KnnVectorValues.DocIndexIterator it = values.iterator();
    int target = doc - leaf.docBase;
    if (it.advance(target) != target) {
      throw new FactDeskException("passage " + doc + " has no vector");
    }
    return values.vectorValue(it.index()).clone();
  }

  /** Metadata as a map in a stable order (for JSON). */
  public static Map<String, String> sorted(Map<String, String> m) {
    return new LinkedHashMap<>(new java.util.TreeMap<>(m));
  }
}
