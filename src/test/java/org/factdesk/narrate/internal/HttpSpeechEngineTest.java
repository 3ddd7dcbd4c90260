package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factdesk.FactDeskException;
import org.factdesk.internal.Json;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP engine against an in-process stand-in for an OpenAI-compatible speech server. */
@SuppressForbidden(reason = "tests serve HTTP in-process with the JDK server")
class HttpSpeechEngineTest {
  HttpServer server;
  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/audio/speech",
        ex -> {
          JsonNode req = Json.mapper().readTree(ex.getRequestBody());
          requests.add(req);
          byte[] body;
          if (status == 200) {
            // 0.3 s of tone per word at 24 kHz
            int words = req.get("input").asText().split(" ").length;
            short[] s = new short[words * 7200];
            for (int i = 0; i < s.length; i++) {
              s[i] = (short) (4000 * Math.sin(2 * Math.PI * 220 * i / 24000.0));
            }
            body = Wav.encode(new Pcm(24000, s));
            ex.getResponseHeaders().add("Content-Type", "audio/wav");
          } else {
            body =
                "{\"error\":\"model not loaded\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
          ex.sendResponseHeaders(status, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void sendsTheOpenAiRequestAndDecodesTheWav() {
    try (HttpSpeechEngine e =
        new HttpSpeechEngine(base(), "kokoro", "af_heart", 1.25, Duration.ofSeconds(10))) {
      Pcm pcm = e.synthesize("four words are here");
      assertThat(pcm.sampleRate()).isEqualTo(24000);
      assertThat(pcm.seconds()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(0.001));
      assertThat(e.endpoint().getPath()).isEqualTo("/v1/audio/speech");
    }
    JsonNode r = requests.get(0);
    assertThat(r.get("model").asText()).isEqualTo("kokoro");
    assertThat(r.get("voice").asText()).isEqualTo("af_heart");
    assertThat(r.get("input").asText()).isEqualTo("four words are here");
    assertThat(r.get("speed").asDouble()).isEqualTo(1.25);
    assertThat(r.get("response_format").asText()).isEqualTo("wav");
  }

  @Test
  void aServerErrorNamesTheServerAndStatus() {
    status = 503;
    try (HttpSpeechEngine e = new HttpSpeechEngine(base(), "m", null, 1, Duration.ofSeconds(10))) {
      assertThatThrownBy(() -> e.synthesize("hello"))
          .isInstanceOf(FactDeskException.class)
          .hasMessageContaining("503")
          .hasMessageContaining("model not loaded");
    }
  }

  @Test
  void noServerIsAnUnavailableEngine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (HttpSpeechEngine e =
        new HttpSpeechEngine(
            URI.create("http://127.0.0.1:" + port), "m", null, 1, Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> e.synthesize("hello"))
          .isInstanceOf(EngineUnavailableException.class)
          .hasMessageContaining("cannot connect");
    }
  }

  @Test
  void noUrlIsAnUnavailableEngine() {
    assertThatThrownBy(() -> new HttpSpeechEngine(null, "m", null, 1, Duration.ofSeconds(5)))
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("--http-url");
  }
}
