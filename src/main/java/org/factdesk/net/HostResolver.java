package org.factdesk.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.factdesk.internal.NamedThreads;

/**
 * Resolves a host once (IP literals in every spelling, else DNS bounded by the connect timeout) and
 * refuses it when any of its addresses is not allowed by the {@link NetPolicy}.
 */
final class HostResolver {
  private static final NamedThreads DNS_THREADS = new NamedThreads("dns");

  private HostResolver() {}

  static List<InetAddress> resolve(String url, String host, long deadline, FetchOptions options) {
    List<InetAddress> found;
    try {
      var literal = Addresses.parseLiteral(host);
      found = literal.isPresent() ? List.of(literal.get()) : lookup(url, host, deadline, options);
    } catch (IllegalArgumentException e) {
      throw new FetchException(url, 0, e.getMessage(), e);
    }
    for (InetAddress a : found) {
      AddressClass c = Addresses.classify(a);
      if (!options.policy().allows(c)) {
        throw new FetchException(
            url,
            0,
            "refused: "
                + host
                + " is a "
                + c.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " address ("
                + a.getHostAddress()
                + "); set "
                + NetPolicy.ALLOW_PRIVATE_ENV
                + "=true to allow private networks");
      }
    }
    return found;
  }

  private static List<InetAddress> lookup(
      String url, String host, long deadline, FetchOptions options) {
    CompletableFuture<InetAddress[]> result = new CompletableFuture<>();
    Thread t =
        DNS_THREADS.newThread(
            () -> {
              try {
                result.complete(InetAddress.getAllByName(host));
              } catch (UnknownHostException | RuntimeException e) {
                result.completeExceptionally(e);
              }
            });
    t.start();
    long wait = Math.min(options.connectTimeout().toNanos(), deadline - System.nanoTime());
    try {
      InetAddress[] all = result.get(Math.max(1, wait), TimeUnit.NANOSECONDS);
      if (all.length == 0) {
        throw new FetchException(url, 0, "cannot resolve host " + host);
      }
      return List.of(all);
    } catch (TimeoutException e) {
      throw new FetchException(url, 0, "timed out resolving host " + host, e);
    } catch (ExecutionException e) {
      throw new FetchException(url, 0, "cannot resolve host " + host, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, 0, "interrupted resolving host " + host, e);
    }
  }
}
