package org.factdesk.cli;

import com.fasterxml.jackson.databind.node.NullNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleReader;
import org.factdesk.claims.Claim;
import org.factdesk.claims.ClaimFinder;
import org.factdesk.claims.ClaimSetting;
import org.factdesk.internal.Json;
import org.factdesk.nlp.Actor;
import org.factdesk.nlp.Quantity;
import org.factdesk.nlp.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code factdesk claims INPUT [--format json|text]}: check-worthy claims and their structure. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Print the check-worthy claims of an article and their structure.")
final class ClaimsCommand implements Callable<Integer> {
  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;

  @Mixin GlobalOptions global;

  @Mixin InputOptions inputOptions;

  @Parameters(index = "0", paramLabel = "INPUT", description = "File, http(s) URL, or - for stdin.")
  String input;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--reference-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Date relative times are resolved against (default: publication date, else today).")
  LocalDate referenceDate;

  @Override
  public Integer call() {
    Article article = read(input);
    LocalDate ref = referenceDate;
    if (ref == null) {
      ref = ClaimFinder.reference(article);
    }
    if (ref == null) {
      ref = LocalDate.now(ZoneOffset.UTC);
    }
    ClaimFinder.Analysis a = ClaimFinder.analyse(article, ref);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.pretty(json(article, a)));
    } else {
      out.print(text(a));
    }
    out.flush();
    return Main.OK;
  }

  static Map<String, Object> json(Article article, ClaimFinder.Analysis a) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> art = new LinkedHashMap<>();
    art.put("title", article.title());
    art.put("url", article.url());
    art.put("published", article.published());
    art.put("author", article.author());
    art.put("source", article.siteName());
    art.put("language", a.language().code());
    root.put("article", art);
    root.put(
        "language",
        Map.of(
            "code",
            a.language().code(),
            "english",
            a.language().isEnglish() || a.language().code().equals("und"),
            "confidence",
            a.language().confidence()));
    root.put("reference_date", a.reference() == null ? null : a.reference().toString());
    root.put("sentences_scored", a.sentences().size());
    List<Object> claims = new ArrayList<>();
    for (Claim c : a.claims()) {
      claims.add(claim(c));
    }
    root.put("claims", claims);
    return root;
  }

  static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("text", c.text());
    m.put("sentence", c.sentence());
    m.put("start", c.start());
    m.put("end", c.end());
    m.put("checkworthiness", c.checkworthiness());
    List<Object> qs = new ArrayList<>();
    for (Quantity q : c.quantities()) {
      Map<String, Object> qm = new LinkedHashMap<>();
      qm.put("text", q.text());
      qm.put("value", q.value());
      qm.put("unit", orNull(q.unit()));
      qm.put("approx", q.approx().label());
      if (q.approx() == org.factdesk.nlp.Approx.RANGE) {
        qm.put("low", q.low());
        qm.put("high", q.high());
      }
      if (q.ordinal()) {
        qm.put("ordinal", true);
      }
      qs.add(qm);
    }
    m.put("quantities", qs);
    List<Object> ds = new ArrayList<>();
    for (TimeExpression t : c.dates()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("text", t.text());
      dm.put("resolved", orNull(t.resolved()));
      dm.put("kind", t.kind().name());
      if (t.approx() != org.factdesk.nlp.Approx.EXACT) {
        dm.put("approx", t.approx().label());
      }
      if (t.anchor() != null) {
        dm.put("anchor", t.anchor());
      }
      ds.add(dm);
    }
    m.put("dates", ds);
    List<Object> es = new ArrayList<>();
    for (Actor e : c.entities()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("name", e.name());
      em.put("type", e.type().name());
      em.put("title", e.title());
      em.put("affiliation", e.affiliation());
      em.put("role", e.role());
      es.add(em);
    }
    m.put("entities", es);
    if (c.attribution() != null) {
      m.put(
          "attribution",
          Map.of("source", c.attribution().source(), "verb", c.attribution().verb()));
    } else {
      m.put("attribution", NullNode.getInstance());
    }
    // added keys: the claim's governing time and place and where each came from
    ClaimSetting set = c.setting();
    if (set.time() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("text", set.time().text());
      w.put("resolved", orNull(set.time().resolved()));
      w.put("kind", set.time().kind().name());
      w.put("source", set.timeSource().label());
      m.put("when", w);
    } else {
      m.put("when", NullNode.getInstance());
    }
    if (set.place() != null) {
      m.put("where", Map.of("name", set.place(), "source", set.placeSource().label()));
    } else {
      m.put("where", NullNode.getInstance());
    }
    m.put("negated", c.modality().negated());
    m.put("hedged", c.modality().hedged());
    m.put("explanation", c.explanation());
    return m;
  }

  /** Contract keys stay present as JSON null (the shared mapper drops plain nulls). */
  private static Object orNull(Object v) {
    return v == null ? NullNode.getInstance() : v;
  }

  static String text(ClaimFinder.Analysis a) {
    StringBuilder b = new StringBuilder();
    if (!a.language().isEnglish() && !a.language().code().equals("und")) {
      b.append("Not English (detected language: ")
          .append(a.language().code())
          .append("); no claims extracted.\n");
      return b.toString();
    }
    b.append(a.claims().size())
        .append(" claims in ")
        .append(a.sentences().size())
        .append(" sentences\n");
    for (Claim c : a.claims()) {
      b.append(
          String.format(Locale.ROOT, "%n%s  [%.2f]  %s%n", c.id(), c.checkworthiness(), c.text()));
      for (Quantity q : c.quantities()) {
        b.append("    quantity: ").append(q.text()).append(" = ").append(q.value());
        if (q.unit() != null) {
          b.append(' ').append(q.unit());
        }
        b.append(" (").append(q.approx().label()).append(")\n");
      }
      for (TimeExpression t : c.dates()) {
        b.append("    time: ")
            .append(t.text())
            .append(" -> ")
            .append(t.resolved())
            .append(" (")
            .append(t.kind())
            .append(")\n");
      }
      for (Actor e : c.entities()) {
        b.append("    actor: ").append(e.name()).append(" (").append(e.type());
        if (e.title() != null) {
          b.append(", title: ").append(e.title());
        }
        if (e.affiliation() != null) {
          b.append(", affiliation: ").append(e.affiliation());
        }
        if (e.role() != null) {
          b.append(", role: ").append(e.role());
        }
        b.append(")\n");
      }
      ClaimSetting set = c.setting();
      if (set.time() != null) {
        b.append("    when: ")
            .append(set.time().text())
            .append(" -> ")
            .append(set.time().resolved())
            .append(" (")
            .append(set.timeSource().label())
            .append(")\n");
      }
      if (set.place() != null) {
        b.append("    where: ")
            .append(set.place())
            .append(" (")
            .append(set.placeSource().label())
            .append(")\n");
      }
      if (c.attribution() != null) {
        b.append("    attribution: ")
            .append(c.attribution().source())
            .append(" / ")
            .append(c.attribution().verb())
            .append('\n');
      }
    }
    return b.toString();
  }

  /** Reads a file, URL or stdin through the shared article reader. */
  Article read(String input) {
    return ArticleReader.read(input, inputOptions.readOptions());
  }
}
