package org.factdesk.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.FactDeskException;
import org.factdesk.nlp.internal.WordPieceTokenizer;

/**
 * Sentence embeddings from a BERT-style ONNX model with mean pooling, L2-normalised, so that the
 * dot product of two embeddings is their cosine similarity. The default ({@link #shared()}) is the
 * quantised all-MiniLM-L6-v2 (384 dimensions, Apache-2.0) that ships inside the build.
 *
 * <p>Texts are tokenised by our own WordPiece tokenizer, sorted by length and run in batches, so
 * that padding stays small. One ONNX session is shared by all threads; {@link #embed(List)} is
 * thread-safe.
 */
public final class Embedder implements AutoCloseable {
  /** Name of the shipped model, for explanations and cache keys. */
  public static final String DEFAULT_MODEL = "all-MiniLM-L6-v2-q";

  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  /** Longest input in word pieces, [CLS] and [SEP] included; longer texts are truncated. */
  public static final int MAX_TOKENS = 128;

  private static final int BATCH = 32;

  /**
   * JVM property: when {@code true}, the ONNX runtime's idle threads spin-wait for work (its
   * default); by default they sleep, which costs less CPU when the cores are shared.
   */
  public static final String SPIN_PROPERTY = "factdesk.onnx.spinning";

  private static volatile Embedder shared;

  private final String name;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final boolean wantsTokenTypes;
  private final int dimension;

  private Embedder(String name, byte[] model, WordPieceTokenizer tokenizer, int threads) {
    this.name = name;
    this.tokenizer = tokenizer;
    this.env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Idle intra-op threads sleep instead of spinning: on 2 shared cores, spinning threads
      // took about half of the model's CPU time (docs/verify.md, "Speed"). Same results.
      options.addConfigEntry(
          "session.intra_op.allow_spinning", Boolean.getBoolean(SPIN_PROPERTY) ? "1" : "0");
      this.session = env.createSession(model, options);
      this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
      this.dimension = embedBatch(List.of(new int[] {101, 102}), Pooling.MEAN)[0].length;
    } catch (OrtException | RuntimeException e) {
      throw new FactDeskException("cannot load the embedding model " + name, e);
    }
  }

  /** The shipped model, loaded once on first use. */
  public static Embedder shared() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedder.class) {
        e = shared;
        if (e == null) {
          e = loadShipped();
          shared = e;
        }
      }
    }
    return e;
  }

  private static Embedder loadShipped() {
    try (InputStream model = Embedder.class.getResourceAsStream(MODEL_RESOURCE);
        InputStream tok = Embedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (model == null || tok == null) {
        throw new FactDeskException(
            "the embedding model " + DEFAULT_MODEL + " is missing from the build");
      }
      return new Embedder(
          DEFAULT_MODEL,
          model.readAllBytes(),
          WordPieceTokenizer.fromTokenizerJson(tok),
          Runtime.getRuntime().availableProcessors());
    } catch (IOException e) {
      throw new FactDeskException("cannot read the embedding model " + DEFAULT_MODEL, e);
    }
  }

  /**
   * Loads a BERT-style model that ships on the class path: an ONNX resource and its Hugging Face
   * tokenizer.json resource, run with {@code threads} intra-op threads.
   *
   * @throws FactDeskException if either resource is missing or the model does not load
   */
  public static Embedder fromClassPath(
      String name, String onnxResource, String tokenizerResource, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    try (InputStream model = Embedder.class.getResourceAsStream(onnxResource);
        InputStream tok = Embedder.class.getResourceAsStream(tokenizerResource)) {
      if (model == null || tok == null) {
        throw new FactDeskException(
            "the embedding model " + name + " (" + onnxResource + ") is missing from the build");
      }
      return new Embedder(
          name, model.readAllBytes(), WordPieceTokenizer.fromTokenizerJson(tok), threads);
    } catch (IOException e) {
      throw new FactDeskException("cannot read the embedding model " + name, e);
    }
  }

  /**
   * Loads a user-supplied BERT-style model: an ONNX file and its Hugging Face tokenizer.json.
   *
   * @throws FactDeskException if either file cannot be read or the model does not load
   */
  public static Embedder load(Path onnx, Path tokenizerJson, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    try (InputStream tok = Files.newInputStream(tokenizerJson)) {
      return new Embedder(
          onnx.getFileName().toString(),
          Files.readAllBytes(onnx),
          WordPieceTokenizer.fromTokenizerJson(tok),
          threads);
    } catch (IOException e) {
      throw new FactDeskException("cannot read the embedding model " + onnx, e);
    }
  }

  /** The model's name, e.g. {@value #DEFAULT_MODEL}. */
  public String name() {
    return name;
  }

  /** Length of every embedding. */
  public int dimension() {
    return dimension;
  }

  /** One embedding. */
  public float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  /** Embeddings of the texts, in their order, each L2-normalised. Null texts are refused. */
  public float[][] embed(List<String> texts) {
    return embed(texts, Pooling.MEAN);
  }

  /** How the token states of the model's last layer are pooled into one vector. */
  public enum Pooling {
    /** Mean over the tokens, L2-normalised: the sentence embedding of {@link #embed(List)}. */
    MEAN(1),
    /** The mean (as {@link #MEAN}) followed by the element-wise maximum, each L2-normalised. */
    MEAN_MAX(2),
    /** Mean and maximum as {@link #MEAN_MAX}, then the first ([CLS]) token, L2-normalised. */
    MEAN_MAX_CLS(3);

    private final int parts;

    Pooling(int parts) {
      this.parts = parts;
    }

    /** How many model-dimension blocks the pooled vector holds. */
    public int parts() {
      return parts;
    }
  }

  /**
   * Pooled token states of the texts, in their order: {@code pooling.parts()} blocks of {@link
   * #dimension()} floats, each block L2-normalised. {@code Pooling.MEAN} equals {@link
   * #embed(List)}.
   */
  public float[][] embed(List<String> texts, Pooling pooling) {
    int n = texts.size();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      String t = texts.get(i);
      if (t == null) {
        throw new IllegalArgumentException("text " + i + " must not be null");
      }
      ids[i] = tokenizer.encode(t, MAX_TOKENS);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    float[][] out = new float[n][];
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      List<int[]> batch = new ArrayList<>(to - from);
      for (int j = from; j < to; j++) {
        batch.add(ids[order[j]]);
      }
      float[][] vectors;
      try {
        vectors = embedBatch(batch, pooling);
      } catch (OrtException e) {
        throw new FactDeskException("embedding a batch of " + batch.size() + " texts failed", e);
      }
      for (int j = from; j < to; j++) {
        out[order[j]] = vectors[j - from];
      }
    }
    return out;
  }

  private float[][] embedBatch(List<int[]> batch, Pooling pooling) throws OrtException {
    float[][][] hidden = run(batch, null);
    float[][] pooled = new float[batch.size()][];
    for (int r = 0; r < pooled.length; r++) {
      pooled[r] = pool(hidden[r], batch.get(r).length, pooling);
    }
    return pooled;
  }

  /**
   * The last layer's token states of a batch (padded rows included); token type 1 from {@code
   * secondStart[r]} on when that array is given.
   */
  private float[][][] run(List<int[]> batch, int[] secondStart) throws OrtException {
    int rows = batch.size();
    int len = 0;
    for (int[] b : batch) {
      len = Math.max(len, b.length);
    }
    long[][] inputIds = new long[rows][len];
    long[][] mask = new long[rows][len];
    long[][] types = new long[rows][len];
    for (int r = 0; r < rows; r++) {
      int[] b = batch.get(r);
      for (int c = 0; c < b.length; c++) {
        inputIds[r][c] = b[c];
        mask[r][c] = 1;
        types[r][c] = secondStart != null && c >= secondStart[r] ? 1 : 0;
      }
    }
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, inputIds));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (wantsTokenTypes) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } finally {
      for (OnnxTensor t : inputs.values()) {
        t.close();
      }
    }
  }

  /**
   * Token states of a text pair encoded jointly ({@code [CLS] first [SEP] second [SEP]}, token
   * types 0 then 1), so that each text's tokens attend to the other's.
   *
   * @param pieces the word pieces, [CLS] and the two [SEP] included
   * @param secondStart index of the second text's first piece
   * @param states one vector of {@link #dimension()} floats per piece (the model's last layer)
   */
  public record PairStates(List<String> pieces, int secondStart, float[][] states) {
    public PairStates {
      pieces = List.copyOf(pieces);
      if (states.length != pieces.size()) {
        throw new IllegalArgumentException(
            "one state per piece needed, got " + states.length + " for " + pieces.size());
      }
      if (secondStart < 2 || secondStart >= pieces.size()) {
        throw new IllegalArgumentException(
            "secondStart must be in [2, " + (pieces.size() - 1) + "], got " + secondStart);
      }
    }
  }

  /** Longest first text of a pair in word pieces ({@link #encodePairs}). */
  public static final int MAX_PAIR_FIRST = 64;

  /** Longest pair in word pieces, special tokens included ({@link #encodePairs}). */
  public static final int MAX_PAIR_TOKENS = 192;

  /**
   * Encodes each (first, second) pair jointly, in batches sorted by length. The first text is cut
   * to {@value #MAX_PAIR_FIRST} pieces, the pair to {@value #MAX_PAIR_TOKENS}.
   */
  public List<PairStates> encodePairs(List<String> first, List<String> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          "first and second differ in size: " + first.size() + " vs " + second.size());
    }
    int n = first.size();
    int[][] ids = new int[n][];
    int[] starts = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = tokenizer.encodePair(first.get(i), second.get(i), MAX_PAIR_FIRST, MAX_PAIR_TOKENS);
      int s = 1;
      while (ids[i][s] != tokenizer.sepId()) {
        s++;
      }
      starts[i] = s + 1;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    PairStates[] out = new PairStates[n];
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      List<int[]> batch = new ArrayList<>(to - from);
      int[] bs = new int[to - from];
      for (int j = from; j < to; j++) {
        batch.add(ids[order[j]]);
        bs[j - from] = starts[order[j]];
      }
      float[][][] hidden;
      try {
        hidden = run(batch, bs);
      } catch (OrtException e) {
        throw new FactDeskException("encoding a batch of " + batch.size() + " pairs failed", e);
      }
      for (int j = from; j < to; j++) {
        int[] b = batch.get(j - from);
        List<String> pieces = new ArrayList<>(b.length);
        for (int id : b) {
          pieces.add(tokenizer.piece(id));
        }
        out[order[j]] =
            new PairStates(
                pieces, bs[j - from], java.util.Arrays.copyOf(hidden[j - from], b.length));
      }
    }
    return List.of(out);
  }

  private static float[] pool(float[][] tokens, int count, Pooling pooling) {
    float[] mean = meanPoolNormalised(tokens, count);
    if (pooling == Pooling.MEAN) {
      return mean;
    }
    int dim = mean.length;
    float[] out = new float[dim * pooling.parts()];
    System.arraycopy(mean, 0, out, 0, dim);
    for (int d = 0; d < dim; d++) {
      float m = tokens[0][d];
      for (int t = 1; t < count; t++) {
        m = Math.max(m, tokens[t][d]);
      }
      out[dim + d] = m;
    }
    normalise(out, dim, dim);
    if (pooling == Pooling.MEAN_MAX_CLS) {
      System.arraycopy(tokens[0], 0, out, 2 * dim, dim);
      normalise(out, 2 * dim, dim);
    }
    return out;
  }

  /** Scales {@code v[from, from + length)} to unit length in place (a zero range stays zero). */
  public static void normalise(float[] v, int from, int length) {
    double norm = 0;
    for (int d = from; d < from + length; d++) {
      norm += (double) v[d] * v[d];
    }
    float inv = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
    for (int d = from; d < from + length; d++) {
      v[d] *= inv;
    }
  }

  private static float[] meanPoolNormalised(float[][] tokens, int count) {
    int dim = tokens[0].length;
    float[] v = new float[dim];
    for (int t = 0; t < count; t++) {
      float[] tok = tokens[t];
      for (int d = 0; d < dim; d++) {
        v[d] += tok[d];
      }
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      v[d] /= count;
      norm += (double) v[d] * v[d];
    }
    float inv = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
    for (int d = 0; d < dim; d++) {
      v[d] *= inv;
    }
    return v;
  }

  /** Dot product; the cosine similarity of two embeddings from this class. */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors must have the same length, got " + a.length + " and " + b.length);
    }
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new FactDeskException("closing the embedding model " + name + " failed", e);
    }
  }
}
