package org.factdesk.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.factdesk.FactDeskException;

/** The one JSON configuration: ISO-8601 times, no nulls, stable key order, bounded input. */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared mapper. It is thread-safe once configured; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty JSON for people and for stored expected output. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new FactDeskException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  private static ObjectMapper create() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(20_000_000)
                .maxNumberLength(100)
                .build());
    m.registerModule(new JavaTimeModule());
    m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    return m;
  }
}
