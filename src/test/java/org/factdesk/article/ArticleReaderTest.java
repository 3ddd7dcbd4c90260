package org.factdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.factdesk.InputException;
import org.factdesk.net.FetchException;
import org.factdesk.net.FetchOptions;
import org.factdesk.net.NetPolicy;
import org.factdesk.net.SuppressForbidden;
import org.factdesk.net.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressForbidden(reason = "serves fixture pages from the JDK in-process HTTP server")
class ArticleReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/org/factdesk/article");

  @TempDir Path tmp;

  private static Article read(String name) {
    return ArticleReader.read(FIXTURES.resolve(name).toString(), ReadOptions.defaults());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertBadInput(Path p, String problem) {
    assertThatThrownBy(() -> ArticleReader.read(p.toString(), ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ": " + problem);
  }

  @Test
  void jsonLdWinsOverOpenGraphAndPage() {
    Article a = read("jsonld-news.html");
    assertThat(a.title()).isEqualTo("Harbour bridge reopens after 14 months of repairs");
    assertThat(a.url()).isEqualTo("https://ledger.example/news/harbour-bridge-reopens");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-14T08:30:00Z"));
    assertThat(a.author()).isEqualTo("Maria Okafor, Tom Reyes");
    assertThat(a.siteName()).isEqualTo("The Coastal Ledger");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.text())
        .doesNotContain("cookies", "Listen", "Share", "newsletter", "Subscribe", "Ferry", "©");
  }

  @Test
  void openGraphOnlyPage() {
    Article a = read("opengraph-only.html");
    assertThat(a.title()).isEqualTo("Council approves offshore wind farm despite fishing concerns");
    assertThat(a.url()).isEqualTo("https://valleypost.example/2026/02/wind-farm");
    assertThat(a.author()).isEqualTo("Jing Wu"); // article:author is a URL, so the name tag counts
    assertThat(a.siteName()).isEqualTo("Valley Post");
    assertThat(a.text()).doesNotContain("Photo:", "Tweet", "School budget", "Feb. 3, 2026");
    assertThat(a.paragraphs()).hasSize(4);
  }

  @Test
  void barePageUsesTitleAndLineBreaks() {
    Article a = read("bare.html");
    assertThat(a.title()).isEqualTo("Library extends opening hours");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).doesNotContain("Archive", "Posted in");
  }

  @Test
  void wordpressCommentsWithNestedReplies() {
    Article a = read("comments-wordpress.html");
    assertThat(a.comments()).hasSize(3);
    Comment first = a.comments().get(0);
    assertThat(first.author()).isEqualTo("Priya N.");
    assertThat(first.text())
        .isEqualTo(
            "Finally! I have been waiting for this for years.\n\nWill the buses take large suitcases?");
    assertThat(first.postedAt()).isEqualTo(Instant.parse("2026-04-02T09:01:00Z"));
    assertThat(first.parentId()).isNull();
    assertThat(a.comments().get(1).parentId()).isEqualTo("c1");
    assertThat(a.comments().get(2).parentId()).isNull();
    assertThat(a.text()).doesNotContain("Leave a Reply", "Recent Posts", "says");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-04-02T08:15:00Z"));
  }

  @Test
  void microdataCommentsWithParentAttribute() {
    Article a = read("comments-microdata.html");
    assertThat(a.comments())
        .extracting(Comment::id, Comment::author, Comment::parentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c1", "Dana", null),
            org.assertj.core.groups.Tuple.tuple("c2", "Ravi", "c1"),
            org.assertj.core.groups.Tuple.tuple("c3", "Ines", null));
  }

  @Test
  void jsonLdCommentsInGraphWhenNoMarkup() {
    String html =
        """
        <html><head><script type="application/ld+json">
        {"@graph":[{"@type":"NewsArticle","headline":"H","articleBody":"Body text here.",
          "comment":[{"@type":"Comment","text":"First!","author":{"@type":"Person","name":"A"},
                      "dateCreated":"2026-01-01T10:00:00Z",
                      "comment":[{"@type":"Comment","text":"Reply.","author":"B"}]}]}]}
        </script></head><body><nav><a href="/">Home</a></nav></body></html>
        """;
    Article a = ArticleReader.readString(html, "inline");
    assertThat(a.text()).isEqualTo("Body text here.");
    assertThat(a.comments())
        .extracting(Comment::id, Comment::text, Comment::author, Comment::parentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c1", "First!", "A", null),
            org.assertj.core.groups.Tuple.tuple("c2", "Reply.", "B", "c1"));
  }

  @Test
  void plainTextWithTitleWrappedParagraphsAndComments() {
    Article a = read("plain-article.txt");
    assertThat(a.title()).isEqualTo("City council votes to ban cars from Old Market Square");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).doesNotContain("Listen", "Share", "Newsletter", "Sign up", "Comments");
    assertThat(a.comments()).extracting(Comment::parentId).containsExactly(null, "c1", null);
  }

  @Test
  void storyInDivsBeatsTeaserCards() {
    Article a = read("story-div.html");
    assertThat(a.paragraphs()).hasSize(5);
    assertThat(a.text()).doesNotContain("Corn prices", "cookies", "Listen", "drought coverage");
    assertThat(a.author()).isEqualTo("Abel Haddad");
    assertThat(a.siteName()).isEqualTo("Plains Courier");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-07-21T14:05:00Z"));
  }

  @Test
  void plainTextBylineAndDate() {
    Article a = read("plain-byline.txt");
    assertThat(a.title()).isEqualTo("Ferry fares to rise 8% in January");
    assertThat(a.author()).isEqualTo("Nora Brandt");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).doesNotContain("Advertisement", "By Nora");
  }

  @Test
  void unmarkedCommentsAfterACommentsHeaderInHtml() {
    Article a = read("comments-unmarked.html");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text())
        .doesNotContain("Listen", "Fact Checker", "Verify", "Comments", "inflation");
    assertThat(a.comments()).extracting(Comment::parentId).containsExactly(null, "c1", null);
  }

  @Test
  void emptyAndBlankInputs() throws IOException {
    assertBadInput(write("empty.html", ""), "empty input");
    assertBadInput(write("blank.txt", " \n\t\n"), "empty input");
    assertThatThrownBy(() -> ArticleReader.readString("", "x")).hasMessage("x: empty input");
  }

  @Test
  void binaryFiles() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D'};
    assertBadInput(write("image.html", png), "binary content, not text");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertThatThrownBy(
            () -> ArticleReader.read(write("noise.txt", noise).toString(), ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("binary content");
  }

  @Test
  void filesOverTheCap() throws IOException {
    Path p = write("big.txt", "word ".repeat(1000));
    assertThatThrownBy(
            () -> ArticleReader.read(p.toString(), ReadOptions.defaults().withMaxBytes(1000)))
        .isInstanceOf(InputException.class)
        .hasMessage(p + ": file is 5000 bytes, over the size cap of 1000 bytes");
  }

  @Test
  void htmlWithoutArticleText() throws IOException {
    assertBadInput(
        write(
            "nav.html",
            "<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>"),
        "HTML page has no article text");
  }

  @Test
  void brokenMarkupDoesNotCrash() throws IOException {
    Article a =
        ArticleReader.readString(
            "<html><body><p>Unclosed <b>bold <div><p>Text that goes on</td></tr></table>"
                + "<p>More text.<<<>>></i></body></p></html></html><!--",
            "broken");
    assertThat(a.text()).contains("Unclosed bold", "Text that goes on", "More text.");
    assertThatThrownBy(() -> ArticleReader.readString("<html><body><<<<///>>>", "broken2"))
        .isInstanceOf(InputException.class);
  }

  @Test
  void unknownEncodings() throws IOException {
    assertBadInput(
        write(
            "klingon.html",
            "<html><head><meta charset=\"x-klingon\"></head><body><p>Hi.</p></body></html>"),
        "unknown encoding 'x-klingon' in the <meta> tag");
  }

  @Test
  void legacyEncodingsAreDecoded() throws IOException {
    String html =
        "<html><body><p>Caf\u00e9 prices rose 5% in M\u00fcnchen, officials said.</p></body></html>";
    Article latin =
        ArticleReader.read(
            write("latin1.html", html.getBytes(StandardCharsets.ISO_8859_1)).toString(),
            ReadOptions.defaults());
    assertThat(latin.text()).contains("Café", "München");
    String meta =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head>"
            + "<body><p>\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440.</p></body></html>";
    Article koi =
        ArticleReader.read(
            write("koi8.html", meta.getBytes(Charset.forName("KOI8-R"))).toString(),
            ReadOptions.defaults());
    assertThat(koi.text()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440.");
  }

  @Test
  void directoriesAreRefused() {
    assertBadInput(tmp, "is a directory, not a file");
  }

  @Test
  void standardInput() {
    InputStream old = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              "A short note. It has two sentences.".getBytes(StandardCharsets.UTF_8)));
      Article a = ArticleReader.read("-", ReadOptions.defaults());
      assertThat(a.sentences()).hasSize(2);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void readsUrlsThroughTheSafeFetcher() throws Exception {
    byte[] page = Files.readAllBytes(FIXTURES.resolve("opengraph-only.html"));
    try (TestServer server =
        new TestServer()
            .route("/story", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", page))
            .route("/empty", ex -> TestServer.send(ex, 200, "text/html", new byte[0]))
            .start()) {
      ReadOptions loopback =
          ReadOptions.defaults()
              .withFetch(FetchOptions.defaults().withPolicy(NetPolicy.allowingLoopback()));
      Article a = ArticleReader.read(server.url("/story"), loopback);
      assertThat(a.title())
          .isEqualTo("Council approves offshore wind farm despite fishing concerns");
      assertThatThrownBy(() -> ArticleReader.read(server.url("/empty"), loopback))
          .hasMessage(server.url("/empty") + ": empty input");
      assertThatThrownBy(() -> ArticleReader.read(server.url("/story"), loopback.withMaxBytes(100)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("larger than 100 bytes");
      assertThatThrownBy(
              () ->
                  ArticleReader.read(
                      server.url("/story"),
                      ReadOptions.defaults()
                          .withFetch(FetchOptions.defaults().withPolicy(NetPolicy.publicOnly()))))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("refused");
    }
  }

  @Test
  void otherUrlSchemesAreRefused() {
    assertThatThrownBy(() -> ArticleReader.read("ftp://example.com/a.html", ReadOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("only http and https");
  }

  @Test
  void htmlIsRecognisedByContent() {
    assertThat(ArticleReader.looksLikeHtml("<!DOCTYPE html><html>")).isTrue();
    assertThat(ArticleReader.looksLikeHtml("  <!-- c --> <div>x</div>")).isTrue();
    assertThat(ArticleReader.looksLikeHtml("Some <b>bold</b> <a>x</a> text</p> and </div></span>"))
        .isTrue();
    assertThat(ArticleReader.looksLikeHtml("I <3 cats. x < y and y > z.")).isFalse();
    assertThat(ArticleReader.looksLikeHtml("Plain text article.\n\nSecond paragraph.")).isFalse();
  }
}
