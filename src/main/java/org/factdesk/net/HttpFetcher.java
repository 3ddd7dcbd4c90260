package org.factdesk.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.factdesk.net.internal.DeadlineInputStream;
import org.factdesk.net.internal.HttpHead;
import org.factdesk.net.internal.LimitExceededException;

/**
 * The one HTTP client of factdesk: GET over HTTP/1.1 on plain or TLS sockets. It resolves the host
 * once, checks every address against the {@link NetPolicy} and connects to the checked address (so
 * a second DNS answer cannot redirect it), follows at most {@link FetchOptions#maxRedirects()}
 * redirects checking each target again, enforces a connect timeout and a total deadline, and caps
 * the body on the wire and after gzip/deflate decompression. Thread-safe; it holds no connections.
 */
public final class HttpFetcher {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Set<String> RESERVED_HEADERS =
      Set.of("host", "connection", "content-length", "transfer-encoding", "accept-encoding");

  private final FetchOptions options;

  public HttpFetcher(FetchOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    this.options = options;
  }

  /** A fetcher with {@link FetchOptions#defaults()}. */
  public static HttpFetcher withDefaults() {
    return new HttpFetcher(FetchOptions.defaults());
  }

  public FetchOptions options() {
    return options;
  }

  /** GET {@code url}. */
  public FetchResponse get(String url) {
    return get(url, Map.of());
  }

  /**
   * GET {@code url} with extra request headers (e.g. If-None-Match, If-Modified-Since, Accept).
   * Returns 2xx responses and 304 Not Modified; any other final status is a {@link FetchException}.
   *
   * @throws FetchException when the URL is refused or the fetch fails
   */
  public FetchResponse get(String url, Map<String, String> headers) {
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      if (!name.matches("[a-z0-9!#$%&'*+.^_`|~-]+")
          || h.getValue().indexOf('\r') >= 0
          || h.getValue().indexOf('\n') >= 0
          || RESERVED_HEADERS.contains(name)) {
        throw new IllegalArgumentException("request header not allowed: " + h.getKey());
      }
    }
    long deadline = System.nanoTime() + options.totalTimeout().toNanos();
    URI uri = parse(url);
    for (int redirects = 0; ; redirects++) {
      Exchange ex = exchange(uri, headers, deadline);
      if (ex.location == null) {
        return ex.response;
      }
      if (redirects >= options.maxRedirects()) {
        throw new FetchException(
            url,
            ex.status,
            "more than " + options.maxRedirects() + " redirects (last to " + ex.location + ")");
      }
      uri = resolveRedirect(uri, ex.location, url);
    }
  }

  private record Exchange(int status, String location, FetchResponse response) {}

  private static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new FetchException(url, 0, "not a valid URL (" + e.getReason() + ")", e);
    }
    checkShape(uri, url);
    return uri;
  }

  private static void checkShape(URI uri, String original) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          original, 0, "only http and https URLs are fetched, not '" + scheme + "'");
    }
    target(uri, original);
  }

  /** Host and port of a URL; also for hosts java.net.URI does not parse, such as "2130706433". */
  private record Target(String host, int port, boolean https) {}

  private static Target target(URI uri, String original) {
    boolean https = uri.getScheme().equalsIgnoreCase("https");
    String host = uri.getHost();
    int port = uri.getPort();
    if (host == null && uri.getRawAuthority() != null) {
      String authority = uri.getRawAuthority();
      authority = authority.substring(authority.lastIndexOf('@') + 1);
      int colon = authority.lastIndexOf(':');
      if (colon > 0 && !authority.endsWith("]")) {
        try {
          port = Integer.parseInt(authority.substring(colon + 1));
        } catch (NumberFormatException e) {
          throw new FetchException(original, 0, "URL has an invalid port", e);
        }
        authority = authority.substring(0, colon);
      }
      host = authority;
    }
    if (host != null && !host.chars().allMatch(c -> c < 128)) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED); // bücher.example -> xn--bcher-kva.example
      } catch (IllegalArgumentException e) {
        throw new FetchException(original, 0, "URL has an invalid international host name", e);
      }
    }
    if (host == null || host.isEmpty() || !host.matches("[A-Za-z0-9.\\-_:\\[\\]%]+")) {
      throw new FetchException(original, 0, "URL has no valid host");
    }
    if (port > 65535) {
      throw new FetchException(original, 0, "URL has an invalid port");
    }
    return new Target(host, port > 0 ? port : https ? 443 : 80, https);
  }

  private static URI resolveRedirect(URI from, String location, String original) {
    URI next;
    try {
      next = from.resolve(new URI(location.strip().replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(original, 0, "redirect to an invalid URL '" + location + "'", e);
    }
    checkShape(next, next.toString());
    return next;
  }

  private Exchange exchange(URI uri, Map<String, String> extra, long deadline) {
    String url = uri.toString();
    Target t = target(uri, url);
    boolean https = t.https();
    int port = t.port();
    String host = t.host();
    List<InetAddress> addresses = HostResolver.resolve(url, host, deadline, options);
    try (Socket socket = connect(url, addresses, port, deadline)) {
      Socket s = https ? startTls(socket, host, port, deadline) : socket;
      OutputStream out = s.getOutputStream();
      out.write(request(uri, host, port, https, extra).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in =
          new BufferedInputStream(new DeadlineInputStream(s, s.getInputStream(), deadline));
      HttpHead head = HttpHead.read(in);
      if (REDIRECTS.contains(head.status()) && head.first("location") != null) {
        return new Exchange(head.status(), head.first("location"), null);
      }
      if (head.status() >= 300 && head.status() != 304) {
        throw new FetchException(
            url,
            head.status(),
            "HTTP " + head.status() + (head.reason().isEmpty() ? "" : " " + head.reason()));
      }
      byte[] body =
          head.status() == 304 || head.status() == 204
              ? new byte[0]
              : Bodies.read(url, head, in, options.maxBytes());
      return new Exchange(
          head.status(), null, new FetchResponse(head.status(), uri, head.headers(), body));
    } catch (FetchException e) {
      throw e;
    } catch (LimitExceededException e) {
      throw new FetchException(url, 0, "refused: " + e.getMessage(), e);
    } catch (SocketTimeoutException e) {
      throw new FetchException(url, 0, "timed out after " + seconds() + " (total time allowed)", e);
    } catch (SSLException e) {
      throw new FetchException(url, 0, "TLS failure: " + e.getMessage(), e);
    } catch (ZipException e) {
      throw new FetchException(url, 0, "corrupt compressed body: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FetchException(url, 0, "network error: " + e.getMessage(), e);
    }
  }

  private String seconds() {
    return options.totalTimeout().toMillis() / 1000.0 + " s";
  }

  private Socket connect(String url, List<InetAddress> addresses, int port, long deadline)
      throws IOException {
    IOException last = null;
    for (InetAddress a : addresses) {
      long left =
          Math.min(options.connectTimeout().toMillis(), (deadline - System.nanoTime()) / 1_000_000);
      if (left <= 0) {
        throw new SocketTimeoutException("deadline passed while connecting");
      }
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(a, port), (int) left);
        return socket;
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    if (last instanceof SocketTimeoutException) {
      throw new FetchException(url, 0, "timed out connecting", last);
    }
    String why = last instanceof ConnectException ? "connection refused" : String.valueOf(last);
    throw new FetchException(url, 0, "cannot connect: " + why, last);
  }

  private static Socket startTls(Socket plain, String host, int port, long deadline)
      throws IOException {
    SSLSocket ssl =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
    SSLParameters params = ssl.getSSLParameters();
    params.setEndpointIdentificationAlgorithm("HTTPS");
    if (Addresses.parseLiteral(host).isEmpty()) {
      params.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(params);
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("deadline passed before TLS handshake");
    }
    ssl.setSoTimeout((int) left);
    ssl.startHandshake();
    return ssl;
  }

  private String request(URI uri, String host, int port, boolean https, Map<String, String> extra) {
    URI ascii = URI.create(uri.toASCIIString()); // non-ASCII characters percent-encoded
    String path =
        ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
    if (ascii.getRawQuery() != null) {
      path += "?" + ascii.getRawQuery();
    }
    boolean defaultPort = port == (https ? 443 : 80);
    String hostHeader =
        (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
            + (defaultPort ? "" : ":" + port);
    StringBuilder r = new StringBuilder();
    r.append("GET ").append(path).append(" HTTP/1.1\r\n");
    r.append("Host: ").append(hostHeader).append("\r\n");
    r.append("User-Agent: ").append(options.userAgent()).append("\r\n");
    boolean accept = false;
    for (Map.Entry<String, String> h : extra.entrySet()) {
      accept |= h.getKey().equalsIgnoreCase("accept");
      r.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    if (!accept) {
      r.append(
          "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5\r\n");
    }
    r.append("Accept-Encoding: gzip, deflate\r\n");
    r.append("Connection: close\r\n\r\n");
    return r.toString();
  }
}
