package org.factdesk.comments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.article.Comment;

/** Prints which signals fire on flagged SFU dev comments. Diagnostic only. */
final class EvalDiag {
  private EvalDiag() {}

  public static void main(String[] args) throws IOException {
    Path csv =
        CommentsEval.shared().resolve("data/comments/sfu-ctc/SFU_constructiveness_toxicity.csv");
    List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8), ',');
    List<String> head = rows.get(0);
    Map<String, List<Comment>> threads = new TreeMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() != head.size()) {
        continue;
      }
      String key =
          r.get(head.indexOf("url"))
              + "|"
              + r.get(head.indexOf("comment"))
                  .toLowerCase(java.util.Locale.ROOT)
                  .replaceAll("\\W+", " ")
                  .strip();
      if (!seen.add(key)) {
        continue;
      }
      List<Comment> t = threads.computeIfAbsent(r.get(head.indexOf("url")), u -> new ArrayList<>());
      t.add(new Comment("s" + (t.size() + 1), r.get(head.indexOf("comment")), null, null, null));
    }
    Map<String, Integer> sig = new TreeMap<>();
    int k = 0;
    for (var e : threads.entrySet()) {
      if (k++ % 3 != 0) {
        continue;
      }
      AuditReport rep =
          CommentAudit.audit(
              e.getKey(),
              e.getValue(),
              null,
              AuditOptions.defaults()
                  .withEmbedder(texts -> org.factdesk.nlp.Embedder.shared().embed(texts)));
      for (CommentFinding f : rep.comments()) {
        if (f.label() != Label.AUTHENTIC) {
          for (Reason r : f.reasons()) {
            sig.merge(r.signal(), 1, Integer::sum);
          }
          if (args.length > 0) {
            System.out.println(f.score() + " " + f.reasons());
          }
        }
      }
    }
    System.out.println(sig);
  }

  static void campaigns() throws IOException {
    Path dir = CommentsEval.shared().resolve("data/comments/artificial-campaigns");
    List<String> lines = Files.readAllLines(dir.resolve("originals.json"), StandardCharsets.UTF_8);
    for (String s : List.of("S1", "S2", "S3")) {
      List<Comment> thread = new ArrayList<>();
      int orig = 0;
      for (String l : lines) {
        var o = org.factdesk.internal.Json.mapper().readTree(l);
        if (o.get("campaign").asText().startsWith(s)) {
          thread.add(
              new Comment(
                  "o" + thread.size(),
                  o.get("tweets").asText(),
                  o.get("user").asText(),
                  null,
                  null));
          orig++;
        }
      }
      for (String l :
          Files.readAllLines(dir.resolve("campaign_" + s + ".json"), StandardCharsets.UTF_8)) {
        if (l.isBlank()) {
          continue;
        }
        var c = org.factdesk.internal.Json.mapper().readTree(l);
        thread.add(
            new Comment(
                "g" + thread.size(),
                c.get("tweets").asText(),
                c.get("user").asText(),
                java.time.Instant.ofEpochMilli(c.get("timestamp").asLong()),
                null));
      }
      AuditReport rep = CommentAudit.audit(s, thread, null, AuditOptions.defaults());
      Map<String, Integer> fpSig = new TreeMap<>();
      Map<String, Integer> tpSig = new TreeMap<>();
      Map<String, Integer> fnSig = new TreeMap<>();
      for (int i = 0; i < thread.size(); i++) {
        CommentFinding f = rep.comments().get(i);
        boolean flagged = f.label() != Label.AUTHENTIC;
        Map<String, Integer> target =
            i < orig ? (flagged ? fpSig : null) : (flagged ? tpSig : fnSig);
        if (target != null) {
          for (Reason r : f.reasons()) {
            target.merge(r.signal(), 1, Integer::sum);
          }
        }
      }
      System.out.println(s + " FP " + fpSig + "\n   TP " + tpSig + "\n   FN " + fnSig);
    }
  }
}
