package org.factdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.factdesk.InputException;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private static Feed parse(String name) throws Exception {
    return FeedParser.parse(Files.readAllBytes(Fixtures.file(name)), name);
  }

  @Test
  void readsRss() throws Exception {
    Feed f = parse("harbour-rss.xml");
    assertThat(f.title()).isEqualTo("Harbour Gazette");
    assertThat(f.items()).hasSize(3);
    FeedItem full = f.items().get(0);
    assertThat(full.url()).isEqualTo("https://gazette.example/ferry-closes");
    assertThat(full.summaryOnly()).isFalse();
    assertThat(full.text()).contains("4.2 million euros").doesNotContain("<p>");
    assertThat(full.published()).isEqualTo(Instant.parse("2026-03-12T08:30:00Z"));
    FeedItem summary = f.items().get(1);
    assertThat(summary.summaryOnly()).isTrue();
    assertThat(summary.text())
        .isEqualTo("The regional fire service said 124 homes were damaged by the storm.");
    assertThat(summary.published()).isEqualTo(Instant.parse("2026-03-13T09:00:00Z"));
    assertThat(summary.id()).isEqualTo("https://gazette.example/homes");
  }

  @Test
  void readsAtom() throws Exception {
    Feed f = parse("bay-atom.xml");
    assertThat(f.title()).isEqualTo("Bay Times");
    assertThat(f.items())
        .extracting(FeedItem::url)
        .containsExactly("https://baytimes.example/ferry-reopens", "https://baytimes.example/jobs");
    assertThat(f.items().get(0).summaryOnly()).isTrue();
    assertThat(f.items().get(0).published()).isEqualTo(Instant.parse("2026-10-16T09:00:00Z"));
    assertThat(f.items().get(1).summaryOnly()).isFalse();
    assertThat(f.items().get(1).text())
        .isEqualTo("The labour ministry reported unemployment of 7.5% in September.");
    assertThat(f.items().get(1).published()).isEqualTo(Instant.parse("2026-10-10T09:00:00Z"));
  }

  @Test
  void refusesTheBillionLaughs() {
    assertThatThrownBy(() -> parse("billion-laughs.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("billion-laughs.xml:")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refusesExternalEntities() {
    assertThatThrownBy(() -> parse("external-entity.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesUndeclaredEntities() {
    assertThatThrownBy(() -> parse("undeclared-entity.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("undeclared-entity.xml:2");
  }

  @Test
  void reportsTheLineOfMalformedXml() {
    assertThatThrownBy(() -> parse("malformed.xml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("malformed.xml:6")
        .hasMessageContaining("malformed XML");
  }

  @Test
  void refusesOtherXml() {
    assertThatThrownBy(
            () ->
                FeedParser.parse(
                    "<html/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.xml"))
        .hasMessageContaining("not an RSS or Atom feed");
  }

  @Test
  void readsOpml() throws Exception {
    List<Opml.Outline> o =
        Opml.parse(Files.readAllBytes(Fixtures.file("feeds.opml")), "feeds.opml");
    assertThat(o).extracting(Opml.Outline::url).containsExactly("harbour-rss.xml", "bay-atom.xml");
    assertThat(o.get(0).title()).isEqualTo("Harbour Gazette");
  }
}
