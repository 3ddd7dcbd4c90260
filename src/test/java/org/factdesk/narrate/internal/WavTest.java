package org.factdesk.narrate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.factdesk.narrate.Pcm;
import org.junit.jupiter.api.Test;

class WavTest {
  @Test
  void roundTrips() {
    short[] s = {0, 1, -1, 32767, -32768, 1234};
    byte[] wav = Wav.encode(new Pcm(22050, s));
    assertThat(wav).hasSize(44 + 12);
    Pcm back = Wav.decode(wav);
    assertThat(back.sampleRate()).isEqualTo(22050);
    assertThat(back.samples()).containsExactly(s);
  }

  @Test
  void readsStreamedHeaderWithUnknownSize() {
    byte[] wav = Wav.encode(new Pcm(16000, new short[] {5, 6, 7}));
    ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 0xFFFFFFFF).putInt(4, -1);
    assertThat(Wav.decode(wav).samples()).containsExactly((short) 5, (short) 6, (short) 7);
  }

  @Test
  void mixesStereoDown() {
    ByteBuffer b = ByteBuffer.allocate(44 + 8).order(ByteOrder.LITTLE_ENDIAN);
    b.put(Wav.header(8000, 0));
    b.putShort(22, (short) 2);
    b.putInt(40, 8);
    b.position(44);
    b.putShort((short) 100).putShort((short) 300).putShort((short) -10).putShort((short) -30);
    assertThat(Wav.decode(b.array()).samples()).containsExactly((short) 200, (short) -20);
  }

  @Test
  void refusesNonWav() {
    assertThatThrownBy(
            () ->
                Wav.decode(
                    "ID3 not a wave file at all"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RIFF");
  }
}
