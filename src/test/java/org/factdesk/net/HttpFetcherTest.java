package org.factdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.factdesk.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
@SuppressForbidden(reason = "handlers use the JDK in-process HTTP server")
class HttpFetcherTest {
  private static final String PAGE = "<html><body><p>Hello, café.</p></body></html>";
  private static TestServer server;
  private static byte[] bomb;

  private static FetchOptions loopback() {
    return new FetchOptions(
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        1024 * 1024,
        5,
        FetchOptions.USER_AGENT,
        NetPolicy.allowingLoopback());
  }

  private static HttpFetcher fetcher() {
    return new HttpFetcher(loopback());
  }

  @BeforeAll
  static void start() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        gz.write(zeros); // 50 MiB of zeros, about 50 KiB on the wire
      }
    }
    bomb = compressed.toByteArray();
    server =
        new TestServer()
            .route("/ok", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", PAGE))
            .route(
                "/ua",
                ex ->
                    TestServer.send(
                        ex, 200, "text/plain", ex.getRequestHeaders().getFirst("User-Agent")))
            .route("/missing", ex -> TestServer.send(ex, 404, "text/plain", "gone"))
            .route("/to-private", ex -> redirect(ex, "http://10.0.0.1/admin"))
            .route("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"))
            .route("/to-decimal", ex -> redirect(ex, "http://2130706433:" + server.port() + "/ok"))
            .route("/to-ftp", ex -> redirect(ex, "ftp://example.com/file"))
            .route("/relative", ex -> redirect(ex, "/ok"))
            .route("/to-unicode", ex -> redirect(ex, "/échos?q=ü"))
            .route(
                "/échos",
                ex -> TestServer.send(ex, 200, "text/plain", ex.getRequestURI().getRawQuery()))
            .route(
                "/chain/",
                ex -> {
                  int n = Integer.parseInt(ex.getRequestURI().getPath().substring(7));
                  redirect(ex, n == 0 ? "/ok" : "/chain/" + (n - 1));
                })
            .route("/big", ex -> TestServer.send(ex, 200, "text/plain", new byte[2 * 1024 * 1024]))
            .route("/big-chunked", ex -> trickle(ex, 64 * 1024, 40, 0))
            .route(
                "/bomb",
                ex -> {
                  ex.getResponseHeaders().set("Content-Encoding", "gzip");
                  TestServer.send(ex, 200, "text/html", bomb);
                })
            .route(
                "/gzip",
                ex -> {
                  ex.getResponseHeaders().set("Content-Encoding", "gzip");
                  ByteArrayOutputStream b = new ByteArrayOutputStream();
                  try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
                    gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
                  }
                  TestServer.send(ex, 200, "text/html; charset=utf-8", b.toByteArray());
                })
            .route(
                "/deflate",
                ex -> {
                  ex.getResponseHeaders().set("Content-Encoding", "deflate");
                  ByteArrayOutputStream b = new ByteArrayOutputStream();
                  try (DeflaterOutputStream d = new DeflaterOutputStream(b)) {
                    d.write(PAGE.getBytes(StandardCharsets.UTF_8));
                  }
                  TestServer.send(ex, 200, "text/html; charset=utf-8", b.toByteArray());
                })
            .route("/slow", ex -> trickle(ex, 1, 1000, 300))
            .route(
                "/silent",
                ex -> {
                  sleep(10_000);
                })
            .route(
                "/latin1",
                ex ->
                    TestServer.send(
                        ex,
                        200,
                        "text/html; charset=ISO-8859-1",
                        PAGE.getBytes(StandardCharsets.ISO_8859_1)))
            .route(
                "/meta-charset",
                ex ->
                    TestServer.send(
                        ex,
                        200,
                        "text/html",
                        ("<html><head><meta charset=\"windows-1252\"></head>" + PAGE)
                            .getBytes(Charset.forName("windows-1252"))))
            .route(
                "/header-beats-meta",
                ex ->
                    TestServer.send(
                        ex,
                        200,
                        "text/html; charset=utf-8",
                        "<html><head><meta charset=\"iso-8859-1\"></head>" + PAGE))
            .route(
                "/bad-charset",
                ex -> TestServer.send(ex, 200, "text/html; charset=x-no-such-charset", PAGE))
            .route(
                "/binary",
                ex -> TestServer.send(ex, 200, "application/octet-stream", new byte[] {1, 0, 2, 0}))
            .route(
                "/etag",
                ex -> {
                  ex.getResponseHeaders().set("ETag", "\"v1\"");
                  ex.getResponseHeaders().set("Last-Modified", "Wed, 14 Mar 2026 09:30:00 GMT");
                  if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.sendResponseHeaders(304, -1);
                  } else {
                    TestServer.send(ex, 200, "application/rss+xml", "<rss/>");
                  }
                })
            .start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    server.close();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location)
      throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }

  /** Sends {@code count} chunks of {@code size} bytes, {@code pauseMillis} apart. */
  private static void trickle(
      com.sun.net.httpserver.HttpExchange ex, int size, int count, int pauseMillis)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/plain");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      byte[] chunk = new byte[size];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < count; i++) {
        out.write(chunk);
        out.flush();
        sleep(pauseMillis);
      }
    }
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void fetchesAPage() {
    FetchResponse r = fetcher().get(server.url("/ok"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).isEqualTo(PAGE);
    assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(r.url().toString()).isEqualTo(server.url("/ok"));
  }

  @Test
  void sendsAFactdeskUserAgent() {
    assertThat(fetcher().get(server.url("/ua")).text()).startsWith("factdesk/");
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    int before = server.hits();
    HttpFetcher strict = new HttpFetcher(loopback().withPolicy(NetPolicy.publicOnly()));
    assertThatThrownBy(() -> strict.get(server.url("/ok")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("refused")
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> strict.get("http://localhost:" + server.port() + "/ok"))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> strict.get("http://[::1]:" + server.port() + "/ok"))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> strict.get("http://2130706433:" + server.port() + "/ok"))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> strict.get("http://0x7f.1:" + server.port() + "/ok"))
        .hasMessageContaining("loopback");
    assertThatThrownBy(() -> strict.get("http://[::ffff:127.0.0.1]:" + server.port() + "/ok"))
        .hasMessageContaining("loopback");
    assertThat(server.hits()).isEqualTo(before); // refused before connecting
  }

  @Test
  void decimalLiteralReachesTheAddressItWasCheckedAs() {
    FetchResponse r = fetcher().get("http://2130706433:" + server.port() + "/ok");
    assertThat(r.text()).isEqualTo(PAGE);
  }

  @Test
  void refusesPrivateAndUnspecifiedTargets() {
    assertThatThrownBy(() -> fetcher().get("http://10.1.2.3/"))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("private");
    assertThatThrownBy(() -> fetcher().get("http://0.0.0.0:" + server.port() + "/ok"))
        .hasMessageContaining("unspecified");
    assertThatThrownBy(() -> fetcher().get("http://[fd00::1]/"))
        .hasMessageContaining("unique-local");
    assertThatThrownBy(() -> fetcher().get("http://224.0.0.1/")).hasMessageContaining("multicast");
  }

  @Test
  void refusesRedirectsToPrivateAddresses() {
    assertThatThrownBy(() -> fetcher().get(server.url("/to-private")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("refused")
        .hasMessageContaining("10.0.0.1");
    assertThatThrownBy(() -> fetcher().get(server.url("/to-metadata")))
        .hasMessageContaining("link-local");
    HttpFetcher strictAfterFirstHop =
        new HttpFetcher(loopback().withPolicy(new NetPolicy(true, false)));
    assertThat(strictAfterFirstHop.get(server.url("/to-decimal")).text()).isEqualTo(PAGE);
  }

  @Test
  void refusesOtherSchemes() {
    assertThatThrownBy(() -> fetcher().get("file:///etc/passwd"))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> fetcher().get(server.url("/to-ftp")))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> fetcher().get("not a url")).isInstanceOf(FetchException.class);
  }

  @Test
  void followsRelativeRedirectsUpToTheLimit() {
    FetchResponse r = fetcher().get(server.url("/relative"));
    assertThat(r.url().getPath()).isEqualTo("/ok");
    assertThat(fetcher().get(server.url("/chain/4")).text()).isEqualTo(PAGE); // 5 redirects
    assertThatThrownBy(() -> fetcher().get(server.url("/chain/5"))) // 6 redirects
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("more than 5 redirects");
  }

  @Test
  void nonAsciiRedirectTargetsArePercentEncoded() {
    FetchResponse r = fetcher().get(server.url("/to-unicode"));
    assertThat(r.text()).isEqualTo("q=%C3%BC");
  }

  @Test
  void failedStatusIsAFetchExceptionWithStatus() {
    assertThatThrownBy(() -> fetcher().get(server.url("/missing")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.url()).isEqualTo(server.url("/missing"));
              assertThat(e).isInstanceOf(InputException.class);
            });
  }

  @Test
  void refusesOversizedBodies() {
    assertThatThrownBy(() -> fetcher().get(server.url("/big")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("larger than 1048576 bytes");
    assertThatThrownBy(() -> fetcher().get(server.url("/big-chunked")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("larger than 1048576 bytes");
  }

  @Test
  void refusesGzipBombs() {
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> fetcher().get(server.url("/bomb")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("decompressed body larger than 1048576 bytes");
  }

  @Test
  void decompressesGzipAndDeflate() {
    assertThat(fetcher().get(server.url("/gzip")).text()).isEqualTo(PAGE);
    assertThat(fetcher().get(server.url("/deflate")).text()).isEqualTo(PAGE);
  }

  @Test
  void slowServersTimeOutWithoutHanging() {
    HttpFetcher quick =
        new HttpFetcher(loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    for (String path : new String[] {"/slow", "/silent"}) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> quick.get(server.url(path)))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("timed out");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void charsetFromHeaderThenMetaThenDetection() {
    assertThat(fetcher().get(server.url("/latin1")).text()).isEqualTo(PAGE);
    assertThat(fetcher().get(server.url("/meta-charset")).text()).endsWith(PAGE);
    assertThat(fetcher().get(server.url("/header-beats-meta")).text()).endsWith(PAGE);
  }

  @Test
  void unknownCharsetAndBinaryBodiesAreClearErrors() {
    assertThatThrownBy(() -> fetcher().get(server.url("/bad-charset")).text())
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("unknown encoding 'x-no-such-charset'");
    assertThatThrownBy(() -> fetcher().get(server.url("/binary")).text())
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void conditionalGetReturnsNotModified() {
    FetchResponse first = fetcher().get(server.url("/etag"));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.lastModified()).isEqualTo("Wed, 14 Mar 2026 09:30:00 GMT");
    FetchResponse second =
        fetcher().get(server.url("/etag"), Map.of("If-None-Match", first.etag()));
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
  }

  @Test
  void httpsToAPlainServerFailsCleanlyWithoutHanging() {
    HttpFetcher quick =
        new HttpFetcher(loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    for (String host : new String[] {"127.0.0.1", "localhost"}) {
      String url = "https://" + host + ":" + server.port() + "/ok";
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> quick.get(url))
          .isInstanceOf(FetchException.class)
          .hasMessageStartingWith(url + ": ")
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .containsAnyOf("TLS failure", "timed out", "network error"));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
  }

  @Test
  void refusesHeaderInjection() {
    assertThatThrownBy(() -> fetcher().get(server.url("/ok"), Map.of("X-A", "b\r\nHost: evil")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
