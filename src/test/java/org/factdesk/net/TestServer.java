package org.factdesk.net;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.internal.NamedThreads;

/** An in-process HTTP server on a free loopback port, for tests. */
@SuppressForbidden(reason = "the JDK in-process HTTP server is the test server")
public final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool;
  private final AtomicInteger hits = new AtomicInteger();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(4, new NamedThreads("test-http"));
    server.setExecutor(pool);
  }

  public TestServer route(String path, HttpHandler handler) {
    server.createContext(
        path,
        ex -> {
          hits.incrementAndGet();
          try {
            handler.handle(ex);
          } catch (IOException e) {
            // the client went away; that is what several tests do on purpose
          } finally {
            ex.close();
          }
        });
    return this;
  }

  public TestServer start() {
    server.start();
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public int hits() {
    return hits.get();
  }

  /** Sends a complete response. */
  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  public static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(0);
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }
}
