package org.factdesk.narrate.internal;

import org.factdesk.narrate.Pcm;

/** Linear-interpolation resampling, good enough for speech between common rates. */
public final class Resampler {
  private static final int[] OPUS_RATES = {8000, 12000, 16000, 24000, 48000};

  private Resampler() {}

  /** The smallest rate Opus accepts that is at least {@code rate} (48000 at most). */
  public static int opusRate(int rate) {
    for (int r : OPUS_RATES) {
      if (r >= rate) {
        return r;
      }
    }
    return 48000;
  }

  /** {@code pcm} at {@code rate}; the same object when the rate already matches. */
  public static Pcm to(Pcm pcm, int rate) {
    if (pcm.sampleRate() == rate) {
      return pcm;
    }
    short[] in = pcm.samples();
    int n = (int) Math.round(in.length * (double) rate / pcm.sampleRate());
    short[] out = new short[n];
    double step = pcm.sampleRate() / (double) rate;
    for (int i = 0; i < n; i++) {
      double x = i * step;
      int j = (int) x;
      double f = x - j;
      int a = j < in.length ? in[j] : 0;
      int b = j + 1 < in.length ? in[j + 1] : a;
      out[i] = (short) Math.round(a + (b - a) * f);
    }
    return new Pcm(rate, out);
  }
}
