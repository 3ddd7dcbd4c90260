package org.factdesk.narrate;

/**
 * Mono 16-bit audio: {@code samples} at {@code sampleRate} Hz. The array is shared, not copied: do
 * not change it after handing it over.
 */
public record Pcm(int sampleRate, short[] samples) {
  public Pcm {
    if (sampleRate < 1000 || sampleRate > 192_000) {
      throw new IllegalArgumentException("sampleRate must be in 1000..192000, got " + sampleRate);
    }
    if (samples == null) {
      throw new IllegalArgumentException("samples must not be null");
    }
  }

  /** Duration in seconds. */
  public double seconds() {
    return samples.length / (double) sampleRate;
  }

  /** Root mean square of the samples, 0..32768. */
  public double rms() {
    if (samples.length == 0) {
      return 0;
    }
    double sum = 0;
    for (short s : samples) {
      sum += (double) s * s;
    }
    return Math.sqrt(sum / samples.length);
  }
}
