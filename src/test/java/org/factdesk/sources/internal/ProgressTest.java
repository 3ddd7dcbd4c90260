package org.factdesk.sources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.factdesk.evidence.AddResult;
import org.factdesk.sources.SourceProblem;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsABarOnATerminal() {
    StringWriter s = new StringWriter();
    Progress p = new Progress(new PrintWriter(s), true);
    p.sourceRead("feeds/a.xml", 10);
    p.passagesEncoded(5);
    p.sourceDone("feeds/a.xml", new AddResult(10, 20, 0, 0, 0));
    p.problem(new SourceProblem("b.jsonl:3", "not JSON", false));
    p.finish();
    String out = s.toString();
    assertThat(out)
        .contains("\r")
        .contains("[")
        .contains("docs 10")
        .contains("passages/s")
        .contains("ETA");
    assertThat(out).contains("Error: ingest: b.jsonl:3: not JSON");
  }

  @Test
  void logsQuietLinesOtherwise() {
    StringWriter s = new StringWriter();
    Progress p = new Progress(new PrintWriter(s), false);
    p.sourceRead("feeds/a.xml", 10);
    p.passagesEncoded(20);
    p.sourceDone("feeds/a.xml", new AddResult(9, 20, 1, 0, 0));
    p.finish();
    assertThat(s.toString())
        .doesNotContain("\r")
        .startsWith("ingest: feeds/a.xml: 10 documents read, 9 indexed, 20 passages (")
        .contains("1 duplicates");
  }
}
