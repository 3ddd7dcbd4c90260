package org.factdesk.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.factdesk.FactDeskException;
import org.factdesk.InputException;
import org.factdesk.evidence.AddResult;
import org.factdesk.evidence.EvidenceCollection;
import org.factdesk.evidence.EvidenceDocument;
import org.factdesk.evidence.EvidenceIndex;
import org.factdesk.internal.Dates;
import org.factdesk.internal.Json;
import org.factdesk.sources.internal.SafeXml;
import org.factdesk.sources.internal.XmlNode;

/**
 * Ingests sources into an {@link EvidenceIndex}: RSS / Atom feeds (files or URLs), OPML lists of
 * feeds, JSON Lines corpora, folders of HTML or text files, article pages, and ClaimReview
 * fact-checks (JSON-LD in pages, or JSON Lines). Each source is read whole, then added in one
 * atomic commit; a bad source or line is reported and the rest goes on.
 */
public final class Ingester {
  /** Largest file or response read. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Most files read from one folder. */
  public static final int MAX_FOLDER_FILES = 20_000;

  /** Told what happens, for progress display. */
  public interface Listener {
    /** A source was read: it has {@code documents} documents to index. */
    default void sourceRead(String input, int documents) {}

    /** Passages were encoded. */
    default void passagesEncoded(int passages) {}

    /** A source was committed. */
    default void sourceDone(String input, AddResult result) {}

    /** A source or line failed. */
    default void problem(SourceProblem problem) {}
  }

  private final EvidenceIndex index;
  private final Fetcher fetcher;
  private final Clock clock;
  private final boolean followLinks;
  private final Listener listener;
  private final DoubleSupplier encodeSeconds;

  public Ingester(
      EvidenceIndex index,
      Fetcher fetcher,
      Clock clock,
      boolean followLinks,
      Listener listener,
      DoubleSupplier encodeSeconds) {
    this.index = index;
    this.fetcher = fetcher;
    this.clock = clock;
    this.followLinks = followLinks;
    this.listener = listener == null ? new Listener() {} : listener;
    this.encodeSeconds = encodeSeconds == null ? () -> 0 : encodeSeconds;
  }

  /** What reading one source gave: documents, problems of single lines, and sub-sources (OPML). */
  private record Read(
      List<EvidenceDocument> documents, List<SourceProblem> problems, List<String> subSources) {}

  /** Ingests the inputs, in order. */
  public IngestReport ingest(List<String> inputs) {
    long t0 = System.nanoTime();
    double e0 = encodeSeconds.getAsDouble();
    List<SourceProblem> problems = new ArrayList<>();
    AddResult total = AddResult.EMPTY;
    int sources = 0;
    List<String> queue = new ArrayList<>(inputs);
    for (int i = 0; i < queue.size(); i++) {
      String input = queue.get(i);
      sources++;
      Read read;
      try {
        read = read(input);
      } catch (InputException e) {
        // the problem may be about another input (a redirect target): name the source too
        report(
            problems,
            e.input().startsWith(input)
                ? new SourceProblem(e.input(), problemOf(e), true)
                : new SourceProblem(input, e.getMessage(), true));
        continue;
      } catch (RuntimeException e) {
        report(problems, new SourceProblem(input, "cannot read: " + e, true));
        continue;
      }
      read.problems().forEach(p -> report(problems, p));
      queue.addAll(i + 1, read.subSources());
      if (!read.subSources().isEmpty() && read.documents().isEmpty()) {
        sources--; // an OPML list is counted by its feeds
        continue;
      }
      listener.sourceRead(input, read.documents().size());
      try {
        AddResult r = index.add(read.documents(), listener::passagesEncoded);
        total = total.plus(r);
        listener.sourceDone(input, r);
      } catch (RuntimeException e) {
        report(problems, new SourceProblem(input, "not indexed: " + message(e), true));
      }
    }
    return new IngestReport(
        sources, total, problems, (System.nanoTime() - t0) / 1e9, encodeSeconds.getAsDouble() - e0);
  }

  /** Indexes the items of a feed already fetched (used by the watcher). */
  public AddResult ingestFeed(Feed feed, String input, List<SourceProblem> problems) {
    List<EvidenceDocument> docs = feedDocuments(feed, input, problems);
    listener.sourceRead(input, docs.size());
    AddResult r = index.add(docs, listener::passagesEncoded);
    listener.sourceDone(input, r);
    return r;
  }

  private void report(List<SourceProblem> problems, SourceProblem p) {
    problems.add(p);
    listener.problem(p);
  }

  private static String problemOf(InputException e) {
    String m = e.getMessage();
    String prefix = e.input() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  private static String message(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      m += " (" + e.getCause().getMessage() + ")";
    }
    return m;
  }

  private Read read(String input) {
    if (isUrl(input)) {
      Fetcher.Response r = fetcher.get(input, null, null);
      return fromBytes(r.body(), r.url(), input, r.contentType());
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return folder(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(input, "no such file, folder or URL");
    }
    return fromBytes(readFile(path), null, input, null);
  }

  static boolean isUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  private static byte[] readFile(Path path) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(
            path.toString(), "file of " + size + " bytes is larger than the limit of " + MAX_BYTES);
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  private Read folder(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 8)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> kind(p) != null)
              .sorted()
              .limit(MAX_FOLDER_FILES + 1L)
              .toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list the folder: " + e.getMessage(), e);
    }
    if (files.size() > MAX_FOLDER_FILES) {
      throw new InputException(dir.toString(), "more than " + MAX_FOLDER_FILES + " files");
    }
    List<EvidenceDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    List<String> sub = new ArrayList<>();
    String source = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    for (Path f : files) {
      try {
        Read r = fromBytes(readFile(f), null, f.toString(), null, source);
        docs.addAll(r.documents());
        problems.addAll(r.problems());
        sub.addAll(r.subSources());
      } catch (InputException e) {
        problems.add(new SourceProblem(e.input(), problemOf(e), false));
      }
    }
    return new Read(docs, problems, sub);
  }

  private static String kind(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String ext :
        new String[] {
          ".html", ".htm", ".txt", ".md", ".text", ".jsonl", ".ndjson", ".json", ".xml", ".rss",
          ".atom", ".opml"
        }) {
      if (n.endsWith(ext)) {
        return ext;
      }
    }
    return null;
  }

  private Read fromBytes(byte[] bytes, String url, String input, String contentType) {
    return fromBytes(bytes, url, input, contentType, null);
  }

  private Read fromBytes(
      byte[] bytes, String url, String input, String contentType, String folderSource) {
    if (bytes.length > MAX_BYTES) {
      throw new InputException(input, "larger than the limit of " + MAX_BYTES + " bytes");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        throw new InputException(input, "binary content (not a feed, page, text or JSON)");
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String head = text.stripLeading();
    Instant now = clock.instant();
    String lower = input.toLowerCase(Locale.ROOT);
    if (head.isEmpty()) {
      throw new InputException(input, "empty");
    }
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).contains("text/html")
        && head.startsWith("<")) {
      return page(text, url, input, now, folderSource);
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return jsonLines(text, input, now, folderSource);
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return json(text, url, input, now, folderSource);
    }
    String first = head.startsWith("<") ? rootElement(head) : "";
    boolean xml =
        first.equals("rss")
            || first.equals("feed")
            || first.equals("opml")
            || first.endsWith("rdf")
            || (head.startsWith("<?xml") && !first.equals("html"));
    if (xml) {
      XmlNode root = SafeXml.parse(bytes, input);
      if (Opml.isOpml(root)) {
        List<String> feeds = new ArrayList<>();
        Path base = url == null ? Path.of(input).toAbsolutePath().getParent() : null;
        for (Opml.Outline o : Opml.parse(root, input)) {
          feeds.add(isUrl(o.url()) || base == null ? o.url() : base.resolve(o.url()).toString());
        }
        return new Read(List.of(), List.of(), feeds);
      }
      if (FeedParser.isFeed(root)) {
        List<SourceProblem> problems = new ArrayList<>();
        List<EvidenceDocument> docs =
            feedDocuments(FeedParser.parse(root, input), url != null ? url : input, problems);
        return new Read(docs, problems, List.of());
      }
      throw new InputException(
          input + ":" + root.line(),
          "XML that is neither a feed nor OPML (root element <" + root.name() + ">)");
    }
    if (head.startsWith("<")) {
      return page(text, url, input, now, folderSource);
    }
    String source =
        folderSource != null ? folderSource : url != null ? HtmlDocuments.hostOf(url) : "local";
    EvidenceDocument d =
        HtmlDocuments.fromText(text, url != null ? url : fileUrl(input), source, now);
    if (d == null) {
      throw new InputException(input, "no text");
    }
    return new Read(List.of(d), List.of(), List.of());
  }

  /** The lower-case name of the first element, skipping the prolog, comments and DOCTYPE. */
  static String rootElement(String head) {
    int i = 0;
    int n = Math.min(head.length(), 65_536);
    while (i < n) {
      int lt = head.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return "";
      }
      char c = head.charAt(lt + 1);
      if (c == '?' || c == '!') {
        int end = head.startsWith("<!--", lt) ? head.indexOf("-->", lt) : head.indexOf('>', lt);
        if (end < 0) {
          return "";
        }
        i = end + 1;
        continue;
      }
      int e = lt + 1;
      while (e < n
          && !Character.isWhitespace(head.charAt(e))
          && head.charAt(e) != '>'
          && head.charAt(e) != '/') {
        e++;
      }
      return head.substring(lt + 1, e).toLowerCase(Locale.ROOT);
    }
    return "";
  }

  private static String fileUrl(String input) {
    return Path.of(input).toAbsolutePath().normalize().toUri().toString();
  }

  private Read page(String html, String url, String input, Instant now, String folderSource) {
    List<EvidenceDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    String pageUrl = url != null ? url : fileUrl(input);
    for (JsonNode review : ClaimReviews.inHtml(html)) {
      try {
        docs.add(ClaimReviews.toDocument(review, pageUrl, now));
      } catch (IllegalArgumentException e) {
        problems.add(new SourceProblem(input, e.getMessage(), false));
      }
    }
    if (docs.isEmpty()) {
      String source =
          folderSource != null ? folderSource : url != null ? HtmlDocuments.hostOf(url) : "local";
      EvidenceDocument d = HtmlDocuments.fromHtml(html, pageUrl, source, now);
      if (d == null) {
        throw new InputException(input, "page without text");
      }
      docs.add(d);
    }
    return new Read(docs, problems, List.of());
  }

  private Read json(String text, String url, String input, Instant now, String folderSource) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      // maybe JSON Lines without the extension
      if (text.strip().startsWith("{") && text.strip().contains("\n")) {
        return jsonLines(text, input, now, folderSource);
      }
      throw new InputException(
          input + ":" + e.getLocation().getLineNr(), "not JSON: " + e.getOriginalMessage(), e);
    }
    List<EvidenceDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    List<JsonNode> objects = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(objects::add);
    } else {
      objects.add(root);
    }
    int i = 0;
    for (JsonNode n : objects) {
      i++;
      try {
        docs.add(jsonDocument(n, url, input, now, folderSource));
      } catch (IllegalArgumentException e) {
        problems.add(new SourceProblem(input + "#" + i, e.getMessage(), false));
      }
    }
    return new Read(docs, problems, List.of());
  }

  private Read jsonLines(String text, String input, Instant now, String folderSource) {
    List<EvidenceDocument> docs = new ArrayList<>();
    List<SourceProblem> problems = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = input + ":" + n;
        JsonNode node;
        try {
          node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
          problems.add(new SourceProblem(where, "not JSON: " + e.getOriginalMessage(), false));
          continue;
        }
        try {
          docs.add(jsonDocument(node, null, input, now, folderSource));
        } catch (IllegalArgumentException e) {
          problems.add(new SourceProblem(where, e.getMessage(), false));
        }
      }
    } catch (IOException e) {
      throw new FactDeskException("cannot read lines of " + input, e);
    }
    if (docs.isEmpty() && !problems.isEmpty()) {
      throw new InputException(
          problems.get(0).input(), problems.get(0).problem() + " (and no line could be read)");
    }
    return new Read(docs, problems, List.of());
  }

  /** A document from one JSON object: a ClaimReview, or {url, title, text, published, source}. */
  private static EvidenceDocument jsonDocument(
      JsonNode n, String url, String input, Instant now, String folderSource) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (ClaimReviews.isClaimReview(n)) {
      return ClaimReviews.toDocument(n, url, now);
    }
    String text = str(n, "text");
    if (text == null) {
      throw new IllegalArgumentException("no \"text\"");
    }
    String docUrl = str(n, "url");
    String source = str(n, "source");
    if (source == null) {
      source = folderSource != null ? folderSource : baseName(input);
    }
    String published = str(n, "published");
    Instant when = Dates.parse(published);
    Map<String, String> meta = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      String k = e.getKey();
      if (!k.equals("url")
          && !k.equals("title")
          && !k.equals("text")
          && !k.equals("source")
          && !(k.equals("published") && when != null)) {
        JsonNode v = e.getValue();
        meta.put(k, v.isValueNode() ? v.asText() : v.toString());
      }
    }
    String collection = str(n, "collection");
    return new EvidenceDocument(
        docUrl != null ? docUrl : url,
        str(n, "title"),
        source,
        when,
        now,
        collection != null && collection.equals("factchecks")
            ? EvidenceCollection.FACTCHECKS
            : EvidenceCollection.NEWS,
        text,
        meta);
  }

  private static String baseName(String input) {
    String name = Path.of(input).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private List<EvidenceDocument> feedDocuments(
      Feed feed, String input, List<SourceProblem> problems) {
    String source =
        feed.title() != null
            ? feed.title()
            : isUrl(input) ? HtmlDocuments.hostOf(input) : baseName(input);
    Instant now = clock.instant();
    List<EvidenceDocument> docs = new ArrayList<>();
    for (FeedItem item : feed.items()) {
      String where = input + ":" + item.line();
      String text = item.text();
      String url = item.url() != null ? item.url() : item.id();
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("feed", input);
      if (item.id() != null) {
        meta.put("guid", item.id());
      }
      if (item.summaryOnly() && followLinks && item.url() != null && isUrl(item.url())) {
        try {
          Fetcher.Response page = fetcher.get(item.url(), null, null);
          EvidenceDocument d =
              HtmlDocuments.fromHtml(
                  new String(page.body(), StandardCharsets.UTF_8), item.url(), source, now);
          if (d != null) {
            text = d.text();
            meta.put("followedLink", "true");
          }
        } catch (InputException e) {
          problems.add(
              new SourceProblem(
                  where, "linked page not read (kept the summary): " + e.getMessage(), false));
        }
      }
      if (text == null || text.isBlank()) {
        if (item.title() == null) {
          problems.add(new SourceProblem(where, "item without title or text", false));
          continue;
        }
        text = item.title();
      }
      meta.put(
          "summaryOnly", String.valueOf(item.summaryOnly() && !meta.containsKey("followedLink")));
      docs.add(
          new EvidenceDocument(
              url,
              item.title(),
              source,
              item.published(),
              now,
              EvidenceCollection.NEWS,
              text,
              meta));
    }
    return docs;
  }
}
