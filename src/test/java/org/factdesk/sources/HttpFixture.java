package org.factdesk.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.InputException;
import org.factdesk.internal.NamedThreads;

/**
 * An in-process HTTP server on a loopback port for feed tests: serves bodies with ETags, answers
 * conditional GETs with 304, and can fail a path a number of times. Also a plain test fetcher for
 * it (the product fetches through the safe client).
 */
@SuppressForbidden(reason = "the JDK in-process HTTP server serves fixture feeds on loopback")
public final class HttpFixture implements AutoCloseable {
  private record Page(String body, String etag, String contentType) {}

  private final HttpServer server;
  private final ExecutorService pool =
      Executors.newFixedThreadPool(2, new NamedThreads("test-http"));
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  final List<String> conditionalRequests = new CopyOnWriteArrayList<>();

  public HttpFixture() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void put(String path, String body, String etag, String contentType) {
    pages.put(path, new Page(body, etag, contentType));
  }

  private final Map<String, String> redirects = new ConcurrentHashMap<>();

  public void redirect(String path, String location) {
    redirects.put(path, location);
  }

  void failNext(String path, int times) {
    failures.put(path, new AtomicInteger(times));
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      AtomicInteger fail = failures.get(path);
      if (fail != null && fail.getAndDecrement() > 0) {
        ex.sendResponseHeaders(503, -1);
        return;
      }
      String location = redirects.get(path);
      if (location != null) {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        return;
      }
      Page p = pages.get(path);
      if (p == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      if (inm != null) {
        conditionalRequests.add(path + " " + inm);
      }
      if (inm != null && inm.equals(p.etag())) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", p.contentType());
      if (p.etag() != null) {
        ex.getResponseHeaders().add("ETag", p.etag());
      }
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    }
  }

  /** A plain fetcher for the fixture (tests only). */
  Fetcher fetcher() {
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(pool).build();
    return (url, etag, lastModified) -> {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
      if (etag != null) {
        b.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        b.header("If-Modified-Since", lastModified);
      }
      try {
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 && r.statusCode() != 304) {
          throw new InputException(url, "HTTP " + r.statusCode());
        }
        return new Fetcher.Response(
            r.statusCode(),
            url,
            r.body(),
            r.headers().firstValue("Content-Type").orElse(null),
            r.headers().firstValue("ETag").orElse(etag),
            r.headers().firstValue("Last-Modified").orElse(lastModified));
      } catch (IOException e) {
        throw new InputException(url, "cannot fetch: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException(url, "interrupted", e);
      }
    };
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
