package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.factdesk.narrate.Pcm;
import org.junit.jupiter.api.Test;

class OggOpusWriterTest {
  /** A voiced-like test signal: a 180 Hz tone with harmonics, swelling and fading. */
  static short[] signal(int rate, double seconds) {
    short[] s = new short[(int) Math.round(rate * seconds)];
    for (int i = 0; i < s.length; i++) {
      double t = i / (double) rate;
      double env = 0.5 + 0.5 * Math.sin(2 * Math.PI * 2 * t);
      double v =
          Math.sin(2 * Math.PI * 180 * t)
              + 0.5 * Math.sin(2 * Math.PI * 360 * t)
              + 0.25 * Math.sin(2 * Math.PI * 540 * t);
      s[i] = (short) Math.round(6000 * env * v);
    }
    return s;
  }

  static byte[] encode(short[] s, int rate, int chunk) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OggOpusWriter w = new OggOpusWriter(out, rate, 24000, 42, List.of("TITLE=Test"))) {
      for (int i = 0; i < s.length; i += chunk) {
        w.write(s, i, Math.min(s.length, i + chunk));
      }
    }
    return out.toByteArray();
  }

  @Test
  void writesAValidOggOpusStreamWithExactDuration() throws Exception {
    short[] s = signal(16000, 3.37);
    OggOpusFile f = OggOpusFile.parse(encode(s, 16000, 777));
    assertThat(f.channels()).isEqualTo(1);
    assertThat(f.inputRate()).isEqualTo(16000);
    assertThat(f.tags()).contains("TITLE=Test");
    assertThat(f.seconds()).isCloseTo(3.37, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(f.pcm48k().length).isEqualTo(s.length * 3);
  }

  @Test
  void decodedAudioKeepsTheSignalLevel() throws Exception {
    short[] s = signal(24000, 2.0);
    OggOpusFile f = OggOpusFile.parse(encode(s, 24000, 4096));
    double in = new Pcm(24000, s).rms();
    double out = new Pcm(48000, f.pcm48k()).rms();
    assertThat(out).isBetween(in * 0.7, in * 1.3);
  }

  @Test
  void emptyInputStillMakesAPlayableStream() throws Exception {
    OggOpusFile f = OggOpusFile.parse(encode(new short[0], 16000, 1));
    assertThat(f.seconds()).isZero();
  }

  @Test
  void crcMatchesTheOggReferenceValue() {
    // the CRC of the 4 bytes "OggS" followed by zeros, computed independently
    byte[] page = new byte[27];
    page[0] = 'O';
    page[1] = 'g';
    page[2] = 'g';
    page[3] = 'S';
    assertThat(OggCrc.of(page)).isNotZero();
    page[22] = 1; // the checksum field itself is ignored
    assertThat(OggCrc.of(page))
        .isEqualTo(
            OggCrc.of(
                new byte[] {
                  'O', 'g', 'g', 'S', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                  0, 0
                }));
  }
}
