package org.factdesk.narrate.internal;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes mono 16-bit PCM as an Ogg Opus stream (RFC 7845): an OpusHead page, an OpusTags page, then
 * 20 ms Opus packets from the Concentus encoder, about one second per page, with granule positions
 * at 48 kHz, pre-skip for the encoder delay and end trimming on the last page.
 */
public final class OggOpusWriter implements AutoCloseable {
  private static final int MAX_PACKET = 1275;
  private static final int PACKETS_PER_PAGE = 50;

  private final OutputStream out;
  private final OpusEncoder encoder;
  private final int rate;
  private final int frame;
  private final int scale;
  private final int preSkip;
  private final int serial;
  private final short[] pending;
  private int pendingCount;
  private long samplesIn;
  private long granule;
  private int pageSeq;
  private final List<byte[]> packets = new ArrayList<>();
  private boolean closed;

  /**
   * @param rate one of 8000, 12000, 16000, 24000, 48000
   * @param bitrate bits per second, e.g. 24000
   * @param serial the Ogg stream serial number (any value; pass a fixed one for reproducible files)
   * @param comments "KEY=value" comments for OpusTags, e.g. "TITLE=..."
   */
  public OggOpusWriter(OutputStream out, int rate, int bitrate, int serial, List<String> comments)
      throws IOException {
    if (Resampler.opusRate(rate) != rate) {
      throw new IllegalArgumentException("Opus needs 8, 12, 16, 24 or 48 kHz, got " + rate);
    }
    if (bitrate < 6000 || bitrate > 256_000) {
      throw new IllegalArgumentException("bitrate must be in 6000..256000, got " + bitrate);
    }
    this.out = out;
    this.rate = rate;
    this.frame = rate / 50;
    this.scale = 48000 / rate;
    this.serial = serial;
    try {
      encoder = new OpusEncoder(rate, 1, OpusApplication.OPUS_APPLICATION_VOIP);
    } catch (OpusException e) {
      throw new IOException("cannot create the Opus encoder at " + rate + " Hz", e);
    }
    encoder.setBitrate(bitrate);
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setComplexity(2); // measured: about half the time of 5 for the same size
    this.preSkip = encoder.getLookahead() * scale;
    this.pending = new short[frame];
    writePage(opusHead(), 0x02, 0);
    writePage(opusTags(comments), 0, 0);
  }

  /** The pre-skip in 48 kHz samples written in OpusHead. */
  public int preSkip() {
    return preSkip;
  }

  /** Encodes {@code samples[from, to)}. */
  public void write(short[] samples, int from, int to) throws IOException {
    for (int i = from; i < to; ) {
      int n = Math.min(frame - pendingCount, to - i);
      System.arraycopy(samples, i, pending, pendingCount, n);
      pendingCount += n;
      i += n;
      samplesIn += n;
      if (pendingCount == frame) {
        encodeFrame();
      }
    }
  }

  private void encodeFrame() throws IOException {
    byte[] buf = new byte[MAX_PACKET];
    int len;
    try {
      len = encoder.encode(pending, 0, frame, buf, 0, buf.length);
    } catch (OpusException e) {
      throw new IOException("Opus encoding failed", e);
    }
    pendingCount = 0;
    byte[] packet = new byte[len];
    System.arraycopy(buf, 0, packet, 0, len);
    if (packets.size() >= PACKETS_PER_PAGE) {
      flushPage(0, granule); // so that the last page always holds at least one packet
    }
    packets.add(packet);
    granule += (long) frame * scale;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    long real = samplesIn;
    // feed the encoder delay plus the partial frame as silence so that the end is not cut
    long pad = preSkip / scale;
    while (pad > 0 || pendingCount > 0) {
      int n = Math.min(frame - pendingCount, (int) Math.max(pad, 1));
      for (int k = 0; k < n; k++) {
        pending[pendingCount++] = 0;
      }
      pad -= n;
      if (pendingCount == frame) {
        encodeFrame();
      }
    }
    long end = preSkip + real * scale;
    flushPage(0x04, Math.min(end, granule));
    out.flush();
  }

  private void flushPage(int flags, long granulePos) throws IOException {
    int segments = 0;
    int bytes = 0;
    for (byte[] p : packets) {
      segments += p.length / 255 + 1;
      bytes += p.length;
    }
    if (segments > 255) {
      throw new IllegalStateException("too many segments for one page: " + segments);
    }
    ByteBuffer page = ByteBuffer.allocate(27 + segments + bytes).order(ByteOrder.LITTLE_ENDIAN);
    header(page, flags, granulePos, segments);
    for (byte[] p : packets) {
      int len = p.length;
      while (len >= 255) {
        page.put((byte) 255);
        len -= 255;
      }
      page.put((byte) len);
    }
    for (byte[] p : packets) {
      page.put(p);
    }
    packets.clear();
    emit(page.array());
  }

  private void writePage(byte[] packet, int flags, long granulePos) throws IOException {
    packets.add(packet);
    flushPage(flags, granulePos);
  }

  private void header(ByteBuffer page, int flags, long granulePos, int segments) {
    page.put("OggS".getBytes(StandardCharsets.US_ASCII));
    page.put((byte) 0).put((byte) flags).putLong(granulePos).putInt(serial).putInt(pageSeq++);
    page.putInt(0).put((byte) segments);
  }

  private void emit(byte[] page) throws IOException {
    int crc = OggCrc.of(page);
    page[22] = (byte) crc;
    page[23] = (byte) (crc >>> 8);
    page[24] = (byte) (crc >>> 16);
    page[25] = (byte) (crc >>> 24);
    out.write(page);
  }

  private byte[] opusHead() {
    ByteBuffer b = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
    b.put("OpusHead".getBytes(StandardCharsets.US_ASCII));
    b.put((byte) 1).put((byte) 1).putShort((short) preSkip).putInt(rate).putShort((short) 0);
    b.put((byte) 0);
    return b.array();
  }

  private static byte[] opusTags(List<String> comments) {
    byte[] vendor = "factdesk (Concentus Opus)".getBytes(StandardCharsets.UTF_8);
    List<byte[]> cs = new ArrayList<>();
    int size = 8 + 4 + vendor.length + 4;
    for (String c : comments) {
      byte[] bytes = c.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 4000) {
        continue;
      }
      cs.add(bytes);
      size += 4 + bytes.length;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.put("OpusTags".getBytes(StandardCharsets.US_ASCII)).putInt(vendor.length).put(vendor);
    b.putInt(cs.size());
    for (byte[] c : cs) {
      b.putInt(c.length).put(c);
    }
    return b.array();
  }
}
