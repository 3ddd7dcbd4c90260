package org.factdesk.verify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdesk.InputException;
import org.factdesk.article.Sentence;
import org.factdesk.internal.Json;
import org.factdesk.nlp.SentenceSplitter;
import org.factdesk.verify.EvidenceSource;
import org.factdesk.verify.Passage;
import org.factdesk.verify.PriorCheck;
import org.factdesk.verify.TextEmbedder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Evidence held in memory, read from RSS/Atom feed files, JSONL passages ({@code url, title,
 * source, published, text}) and ClaimReview JSONL: each sentence is a passage, ranked by embedding
 * cosine plus word overlap. The stand-in for the evidence index when {@code check} is given files.
 */
public final class LocalEvidence implements EvidenceSource {
  private static final long MAX_FILE = 50L << 20;

  private final List<Passage> passages = new ArrayList<>();
  private final List<TextSignals> signals = new ArrayList<>();
  private final List<PriorCheck> factChecks = new ArrayList<>();
  private final List<String> reviewed = new ArrayList<>();
  private final TextEmbedder embedder;
  private float[][] vectors;
  private float[][] reviewedVectors;

  public LocalEvidence(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * Adds the passages of a feed (RSS/Atom) or JSONL file, or the fact-checks of ClaimReview JSONL.
   */
  public LocalEvidence add(Path file) {
    String content;
    try {
      if (Files.size(file) > MAX_FILE) {
        throw new InputException(file.toString(), "larger than " + (MAX_FILE >> 20) + " MB");
      }
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
    String head = content.stripLeading();
    if (head.startsWith("<")) {
      addFeed(file.toString(), content);
    } else {
      addJsonl(file.toString(), content);
    }
    vectors = null;
    reviewedVectors = null;
    return this;
  }

  /** Adds one passage. */
  public LocalEvidence add(Passage p) {
    for (Sentence s : SentenceSplitter.split(p.text(), 0)) {
      if (s.text().isBlank()) {
        continue;
      }
      passages.add(new Passage(p.url(), p.title(), p.source(), p.published(), s.text().strip(), 0));
      signals.add(TextSignals.of(s.text()));
    }
    vectors = null;
    return this;
  }

  private void addFeed(String name, String xml) {
    Document d = Jsoup.parse(xml, "", Parser.xmlParser());
    Element channelTitle = d.selectFirst("channel > title, feed > title");
    String source = channelTitle == null ? null : channelTitle.text();
    for (Element item : d.select("item, entry")) {
      String title = text(item, "title");
      String body = text(item, "description, summary, content");
      String link = text(item, "link");
      if (link == null || link.isBlank()) {
        Element l = item.selectFirst("link[href]");
        link = l == null ? text(item, "id") : l.attr("href");
      }
      Instant when = time(text(item, "pubDate, published, updated"));
      if (body != null && !body.isBlank()) {
        String plain = Jsoup.parse(body).text();
        add(new Passage(link, title, source, when, plain, 0));
      }
    }
    if (d.select("item, entry").isEmpty()) {
      throw new InputException(name, "no RSS items or Atom entries");
    }
  }

  private void addJsonl(String name, String content) {
    int no = 0;
    for (String line : content.split("\n")) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = Json.mapper().readTree(line);
      } catch (IOException e) {
        throw new InputException(name + ":" + no, "not JSON: " + e.getMessage(), e);
      }
      if ("ClaimReview".equals(n.path("@type").asText())) {
        String claim = n.path("claimReviewed").asText("");
        String rating = n.path("reviewRating").path("alternateName").asText("");
        if (!claim.isBlank() && !rating.isBlank()) {
          factChecks.add(
              new PriorCheck(
                  n.path("author").path("name").asText(null),
                  rating,
                  n.path("datePublished").asText(null),
                  n.path("url").asText(null),
                  claim,
                  0));
          reviewed.add(claim);
        }
        continue;
      }
      String text = n.path("text").asText(n.path("passage").asText(""));
      if (text.isBlank()) {
        throw new InputException(name + ":" + no, "no \"text\" in passage");
      }
      add(
          new Passage(
              n.path("url").asText(null),
              n.path("title").asText(null),
              n.path("source").asText(null),
              time(n.path("published").asText(null)),
              text,
              0));
    }
  }

  private static String text(Element e, String css) {
    Element x = e.selectFirst(css);
    return x == null ? null : x.text().strip();
  }

  static Instant time(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (RuntimeException e) {
      // next form
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (RuntimeException e) {
      // next form
    }
    try {
      return LocalDate.parse(s.substring(0, Math.min(10, s.length())))
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public boolean isEmpty() {
    return passages.isEmpty() && factChecks.isEmpty();
  }

  /** How many passages (sentences) are held. */
  public int size() {
    return passages.size();
  }

  @Override
  public synchronized List<Passage> search(String query, Instant notAfter, int k) {
    if (passages.isEmpty()) {
      return List.of();
    }
    if (vectors == null) {
      vectors = embedAll(passages.stream().map(Passage::text).toList());
    }
    float[] q = embedder.embed(List.of(query))[0];
    TextSignals qs = TextSignals.of(query);
    List<Passage> scored = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      if (notAfter != null && p.published() != null && p.published().isAfter(notAfter)) {
        continue;
      }
      double score = Relevance.score(q, qs, vectors[i], signals.get(i));
      if (score >= Relevance.MIN_SCORE) {
        scored.add(new Passage(p.url(), p.title(), p.source(), p.published(), p.text(), score));
      }
    }
    scored.sort(Comparator.comparingDouble(Passage::score).reversed());
    return scored.subList(0, Math.min(k, scored.size()));
  }

  @Override
  public synchronized List<PriorCheck> factChecks(String claim, int k) {
    if (factChecks.isEmpty()) {
      return List.of();
    }
    if (reviewedVectors == null) {
      reviewedVectors = embedAll(reviewed);
    }
    float[] q = embedder.embed(List.of(claim))[0];
    List<PriorCheck> out = new ArrayList<>();
    for (int i = 0; i < factChecks.size(); i++) {
      PriorCheck f = factChecks.get(i);
      double sim = Math.max(0, Math.min(1, PairFeatures.cosine(q, reviewedVectors[i])));
      out.add(new PriorCheck(f.publisher(), f.rating(), f.date(), f.url(), f.claimReviewed(), sim));
    }
    out.sort(Comparator.comparingDouble(PriorCheck::similarity).reversed());
    return out.subList(0, Math.min(k, out.size()));
  }

  private float[][] embedAll(List<String> texts) {
    return Relevance.embedAll(embedder, texts);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
