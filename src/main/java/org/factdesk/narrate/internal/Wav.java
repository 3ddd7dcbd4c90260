package org.factdesk.narrate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.factdesk.narrate.Pcm;

/** RIFF WAVE, 16-bit PCM: a header writer and a tolerant reader (mono or stereo, mixed down). */
public final class Wav {
  /** Size of the canonical header written by {@link #header}. */
  public static final int HEADER_BYTES = 44;

  private Wav() {}

  /** A 44-byte header for {@code sampleCount} mono 16-bit samples. */
  public static byte[] header(int sampleRate, long sampleCount) {
    long dataBytes = sampleCount * 2;
    if (dataBytes > 0xFFFF_FFFFL - 36) {
      throw new IllegalArgumentException("too many samples for WAV: " + sampleCount);
    }
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.put(ascii("RIFF")).putInt((int) (36 + dataBytes)).put(ascii("WAVE"));
    b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
    b.put(ascii("data")).putInt((int) dataBytes);
    return b.array();
  }

  /** Writes {@code samples} as little-endian 16-bit. */
  public static void writeSamples(OutputStream out, short[] samples, int from, int to)
      throws IOException {
    byte[] buf = new byte[Math.min(8192, (to - from) * 2)];
    int n = 0;
    for (int i = from; i < to; i++) {
      buf[n++] = (byte) samples[i];
      buf[n++] = (byte) (samples[i] >> 8);
      if (n == buf.length) {
        out.write(buf, 0, n);
        n = 0;
      }
    }
    out.write(buf, 0, n);
  }

  /** A whole WAV file in memory. */
  public static byte[] encode(Pcm pcm) {
    java.io.ByteArrayOutputStream out =
        new java.io.ByteArrayOutputStream(HEADER_BYTES + pcm.samples().length * 2);
    try {
      out.write(header(pcm.sampleRate(), pcm.samples().length));
      writeSamples(out, pcm.samples(), 0, pcm.samples().length);
    } catch (IOException e) {
      throw new IllegalStateException("cannot happen with a byte array", e);
    }
    return out.toByteArray();
  }

  /** Where the samples of a WAV file start and how they are laid out. */
  public record Layout(int sampleRate, int channels, long dataOffset, long dataBytes) {}

  /**
   * Reads the header of a 16-bit PCM WAV from {@code bytes} (at least the header). A data size of 0
   * or 0xFFFFFFFF (streamed output) means "to the end".
   */
  public static Layout layout(byte[] bytes, long totalLength) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 12 || !tag(b, 0, "RIFF") || !tag(b, 8, "WAVE")) {
      throw new IllegalArgumentException("not a RIFF WAVE file");
    }
    int pos = 12;
    int rate = 0;
    int channels = 0;
    while (pos + 8 <= bytes.length) {
      long size = b.getInt(pos + 4) & 0xFFFF_FFFFL;
      if (tag(b, pos, "fmt ")) {
        int format = b.getShort(pos + 8) & 0xFFFF;
        channels = b.getShort(pos + 10);
        rate = b.getInt(pos + 12);
        int bits = b.getShort(pos + 22);
        if ((format != 1 && format != 0xFFFE) || bits != 16 || channels < 1 || channels > 2) {
          throw new IllegalArgumentException(
              "unsupported WAV: format "
                  + format
                  + ", "
                  + bits
                  + " bits, "
                  + channels
                  + " channels");
        }
      } else if (tag(b, pos, "data")) {
        if (rate == 0) {
          throw new IllegalArgumentException("WAV data chunk before fmt chunk");
        }
        long start = pos + 8L;
        long available = totalLength - start;
        long data = size == 0 || size >= 0x7FFF_0000L || size > available ? available : size;
        return new Layout(rate, channels, start, data - data % (2L * channels));
      }
      pos += (int) (8 + size + (size & 1));
    }
    throw new IllegalArgumentException("WAV without a data chunk");
  }

  /** Decodes a 16-bit PCM WAV held in memory, mixing stereo down to mono. */
  public static Pcm decode(byte[] bytes) {
    Layout l = layout(bytes, bytes.length);
    int frames = (int) (l.dataBytes() / (2L * l.channels()));
    short[] out = new short[frames];
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int p = (int) l.dataOffset();
    for (int i = 0; i < frames; i++) {
      if (l.channels() == 1) {
        out[i] = b.getShort(p);
        p += 2;
      } else {
        out[i] = (short) ((b.getShort(p) + b.getShort(p + 2)) / 2);
        p += 4;
      }
    }
    return new Pcm(l.sampleRate(), out);
  }

  /** Reads a mono 16-bit WAV stream's samples after its header into {@code dst}; returns count. */
  public static int readSamples(InputStream in, short[] dst) throws IOException {
    byte[] buf = new byte[dst.length * 2];
    int got = in.readNBytes(buf, 0, buf.length);
    int n = got / 2;
    for (int i = 0; i < n; i++) {
      dst[i] = (short) ((buf[2 * i] & 0xFF) | (buf[2 * i + 1] << 8));
    }
    return n;
  }

  private static boolean tag(ByteBuffer b, int pos, String tag) {
    for (int i = 0; i < 4; i++) {
      if (b.get(pos + i) != tag.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
