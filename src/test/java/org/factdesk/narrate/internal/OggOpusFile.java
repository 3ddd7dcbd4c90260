package org.factdesk.narrate.internal;

import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-side Ogg Opus reader written from RFC 3533 / RFC 7845: checks every page (capture pattern,
 * version, checksum, sequence, flags), reassembles packets, reads OpusHead and decodes the audio
 * with the Concentus decoder at 48 kHz, trimmed by pre-skip and the final granule position.
 */
public record OggOpusFile(
    int channels,
    int preSkip,
    int inputRate,
    List<String> tags,
    long finalGranule,
    short[] pcm48k) {

  public double seconds() {
    return (finalGranule - preSkip) / 48000.0;
  }

  public static OggOpusFile parse(byte[] file) throws OpusException {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    List<byte[]> packets = new ArrayList<>();
    ByteArrayOutputStream partial = new ByteArrayOutputStream();
    int pos = 0;
    int seq = 0;
    long lastGranule = -1;
    boolean sawEos = false;
    int serial = 0;
    while (pos < file.length) {
      if (sawEos) {
        throw new IllegalStateException("data after the end-of-stream page at " + pos);
      }
      String capture = new String(file, pos, 4, StandardCharsets.US_ASCII);
      if (!capture.equals("OggS") || file[pos + 4] != 0) {
        throw new IllegalStateException("no Ogg page at " + pos);
      }
      int flags = file[pos + 5];
      long granule = b.getLong(pos + 6);
      int pageSerial = b.getInt(pos + 14);
      int pageSeq = b.getInt(pos + 18);
      int crc = b.getInt(pos + 22);
      int segments = file[pos + 26] & 0xFF;
      int bodyStart = pos + 27 + segments;
      int bodyLen = 0;
      for (int i = 0; i < segments; i++) {
        bodyLen += file[pos + 27 + i] & 0xFF;
      }
      byte[] page = java.util.Arrays.copyOfRange(file, pos, bodyStart + bodyLen);
      if (OggCrc.of(page) != crc) {
        throw new IllegalStateException("bad checksum on page " + pageSeq);
      }
      if (pageSeq != seq++) {
        throw new IllegalStateException("page sequence " + pageSeq + ", expected " + (seq - 1));
      }
      if (seq == 1) {
        serial = pageSerial;
        if ((flags & 0x02) == 0) {
          throw new IllegalStateException("first page lacks the BOS flag");
        }
      } else if (pageSerial != serial || (flags & 0x02) != 0) {
        throw new IllegalStateException("bad serial or BOS flag on page " + pageSeq);
      }
      sawEos = (flags & 0x04) != 0;
      int p = bodyStart;
      for (int i = 0; i < segments; i++) {
        int len = file[pos + 27 + i] & 0xFF;
        partial.write(file, p, len);
        p += len;
        if (len < 255) {
          packets.add(partial.toByteArray());
          partial.reset();
        }
      }
      if (granule != -1) {
        if (granule < lastGranule) {
          throw new IllegalStateException("granule position went backwards on page " + pageSeq);
        }
        lastGranule = granule;
      }
      pos = bodyStart + bodyLen;
    }
    if (!sawEos) {
      throw new IllegalStateException("no end-of-stream page");
    }
    ByteBuffer head = ByteBuffer.wrap(packets.get(0)).order(ByteOrder.LITTLE_ENDIAN);
    if (!new String(packets.get(0), 0, 8, StandardCharsets.US_ASCII).equals("OpusHead")) {
      throw new IllegalStateException("first packet is not OpusHead");
    }
    int channels = packets.get(0)[9];
    int preSkip = head.getShort(10) & 0xFFFF;
    int inputRate = head.getInt(12);
    ByteBuffer tb = ByteBuffer.wrap(packets.get(1)).order(ByteOrder.LITTLE_ENDIAN);
    if (!new String(packets.get(1), 0, 8, StandardCharsets.US_ASCII).equals("OpusTags")) {
      throw new IllegalStateException("second packet is not OpusTags");
    }
    int vendorLen = tb.getInt(8);
    int tp = 12 + vendorLen;
    int count = tb.getInt(tp);
    tp += 4;
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int len = tb.getInt(tp);
      tags.add(new String(packets.get(1), tp + 4, len, StandardCharsets.UTF_8));
      tp += 4 + len;
    }
    OpusDecoder dec = new OpusDecoder(48000, channels);
    short[] frame = new short[5760 * channels];
    long decoded = 0;
    List<short[]> parts = new ArrayList<>();
    for (int i = 2; i < packets.size(); i++) {
      byte[] pk = packets.get(i);
      int n = dec.decode(pk, 0, pk.length, frame, 0, 5760, false);
      parts.add(java.util.Arrays.copyOf(frame, n * channels));
      decoded += n;
    }
    short[] all = new short[(int) decoded];
    int at = 0;
    for (short[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    int keep = (int) Math.max(0, Math.min(decoded, lastGranule) - preSkip);
    short[] trimmed = java.util.Arrays.copyOfRange(all, preSkip, preSkip + keep);
    return new OggOpusFile(channels, preSkip, inputRate, tags, lastGranule, trimmed);
  }
}
