package org.factdesk.verify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.report.Finding;

/**
 * A claim that gives its speaker a wrong title ("The firm's chief executive, Lena Dahl, said it
 * would appeal", when the evidence names her chief operating officer) is wrong, even though what
 * she said is right: the claim names the wrong office. When one passage's {@link RoleCheck} finds
 * the claim's title wrong, another passage that confirms only the rest of the claim (a quote, a
 * statement, a state, a figure) and says nothing of the title does not make the claim right: its
 * agreement becomes a note, so the title decides (REFUTED, not CONFLICTING), as it does when both
 * are in one passage. A passage that confirms the claim's title keeps its agreement: then the title
 * itself is in dispute.
 */
public final class WrongTitle {
  /** Checks whose agreement confirms who someone is or when, not the rest of the claim. */
  static final Set<String> NOT_SAID = Set.of("role", "date");

  private WrongTitle() {}

  /**
   * The findings per passage with the agreements about the rest of the claim turned into notes,
   * when some independent passage finds the claim's title wrong; the findings unchanged otherwise.
   *
   * @param findings the structured checks' findings per passage
   * @param copyOf per passage, the index of the passage it nearly copies, or -1
   */
  public static List<List<Finding>> apply(List<List<Finding>> findings, List<Integer> copyOf) {
    if (findings.size() != copyOf.size()) {
      throw new IllegalArgumentException(
          "one copy index per passage expected, got " + copyOf.size() + " for " + findings.size());
    }
    String wrong = null;
    for (int i = 0; i < findings.size() && wrong == null; i++) {
      if (copyOf.get(i) < 0) {
        for (Finding f : findings.get(i)) {
          if (f.check().equals("role") && f.outcome().equals("disagrees")) {
            wrong = f.detail();
            break;
          }
        }
      }
    }
    if (wrong == null) {
      return findings;
    }
    List<List<Finding>> out = new ArrayList<>(findings.size());
    for (List<Finding> fs : findings) {
      boolean title = fs.stream().anyMatch(f -> f.check().equals("role"));
      if (title || fs.stream().noneMatch(WrongTitle::said)) {
        out.add(fs);
        continue;
      }
      List<Finding> changed = new ArrayList<>(fs.size());
      for (Finding f : fs) {
        changed.add(
            said(f)
                ? new Finding(
                    f.check(),
                    "note",
                    "It confirms the rest of the claim, not its title, which other evidence"
                        + " refutes ("
                        + wrong
                        + "): "
                        + f.detail())
                : f);
      }
      out.add(changed);
    }
    return out;
  }

  private static boolean said(Finding f) {
    return f.outcome().equals("agrees") && !NOT_SAID.contains(f.check());
  }
}
