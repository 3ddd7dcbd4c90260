package org.factdesk.narrate.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factdesk.FactDeskException;
import org.factdesk.internal.Json;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.factdesk.narrate.SpeechEngine;

/**
 * An OpenAI-compatible speech server: {@code POST <base>/v1/audio/speech} with {@code model},
 * {@code input}, {@code voice}, {@code speed} and {@code response_format=wav}; the answer is a
 * 16-bit PCM WAV. Responses are capped in size; each request has a time limit.
 */
public final class HttpSpeechEngine implements SpeechEngine {
  /** Default voice name sent to the server. */
  public static final String DEFAULT_VOICE = "alloy";

  private static final int MAX_RESPONSE_BYTES = 64 << 20;

  private final HttpClient client;
  private final URI endpoint;
  private final String model;
  private final String voice;
  private final double speed;
  private final Duration timeout;

  public HttpSpeechEngine(URI base, String model, String voice, double speed, Duration timeout) {
    if (base == null) {
      throw new EngineUnavailableException(
          "engine http: no speech server configured; give --http-url URL (an OpenAI-compatible"
              + " /v1/audio/speech server)");
    }
    String scheme = base.getScheme() == null ? "" : base.getScheme();
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new EngineUnavailableException("engine http: URL must be http or https, got " + base);
    }
    String b = base.toString().replaceAll("/+$", "");
    this.endpoint =
        URI.create(
            b.endsWith("/v1/audio/speech")
                ? b
                : b.endsWith("/v1") ? b + "/audio/speech" : b + "/v1/audio/speech");
    this.model = model;
    this.voice = voice == null ? DEFAULT_VOICE : voice;
    this.speed = speed;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public String voice() {
    return voice;
  }

  @Override
  public String language() {
    return "en";
  }

  /** The full URL requests go to. */
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public Pcm synthesize(String speechText) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("model", model);
    body.put("input", speechText);
    body.put("voice", voice);
    body.put("speed", speed);
    body.put("response_format", "wav");
    HttpRequest req =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
        if (resp.statusCode() != 200) {
          String msg = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
          throw new FactDeskException(
              "engine http: " + endpoint + " answered " + resp.statusCode() + ": " + msg.strip());
        }
        if (bytes.length > MAX_RESPONSE_BYTES) {
          throw new FactDeskException("engine http: " + endpoint + " sent more than 64 MB");
        }
        return Wav.decode(bytes);
      }
    } catch (IllegalArgumentException e) {
      throw new FactDeskException("engine http: " + endpoint + " did not send 16-bit PCM WAV", e);
    } catch (java.net.ConnectException e) {
      throw new EngineUnavailableException(
          "engine http: cannot connect to " + endpoint + " (is the speech server running?)", e);
    } catch (java.net.http.HttpTimeoutException e) {
      throw new FactDeskException(
          "engine http: " + endpoint + " timed out after " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw new FactDeskException("engine http: request to " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactDeskException("engine http: interrupted", e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
