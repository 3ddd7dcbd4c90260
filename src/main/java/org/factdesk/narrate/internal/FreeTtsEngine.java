package org.factdesk.narrate.internal;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.factdesk.FactDeskException;
import org.factdesk.narrate.EngineUnavailableException;
import org.factdesk.narrate.Pcm;
import org.factdesk.narrate.SpeechEngine;

/**
 * FreeTTS 1.2 (pure Java, FreeTTS licence) with the kevin16 diphone voice from the CMU Kal
 * database, 16 kHz. The voice is loaded once per engine; synthesis is synchronised.
 */
public final class FreeTtsEngine implements SpeechEngine {
  /** Default voice. "kevin" (8 kHz) is the other voice in the same directory. */
  public static final String DEFAULT_VOICE = "kevin16";

  private static final float NORMAL_WPM = 150f;

  private final Voice voice;
  private final Capture capture = new Capture();

  public FreeTtsEngine(String voiceName, double rate) {
    String name = voiceName == null ? DEFAULT_VOICE : voiceName;
    Voice found = null;
    List<String> names = new ArrayList<>();
    for (Voice v : new KevinVoiceDirectory().getVoices()) {
      names.add(v.getName());
      if (v.getName().equals(name)) {
        found = v;
      }
    }
    if (found == null) {
      throw new EngineUnavailableException(
          "engine freetts has no voice '" + name + "'; voices: " + String.join(", ", names));
    }
    voice = found;
    voice.setRate((float) (NORMAL_WPM * rate));
    voice.setAudioPlayer(capture);
    try {
      voice.allocate();
    } catch (RuntimeException e) {
      throw new FactDeskException("engine freetts: cannot load voice " + name, e);
    }
  }

  @Override
  public String name() {
    return "freetts";
  }

  @Override
  public String voice() {
    return voice.getName();
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public synchronized Pcm synthesize(String speechText) {
    capture.bytes.reset();
    boolean ok;
    try {
      ok = voice.speak(localeSafe(speechText));
    } catch (RuntimeException e) {
      throw new FactDeskException("engine freetts failed on '" + abbreviate(speechText) + "'", e);
    }
    if (!ok) {
      throw new FactDeskException("engine freetts failed on '" + abbreviate(speechText) + "'");
    }
    AudioFormat f = capture.format;
    if (f == null) {
      return new Pcm(16000, new short[0]);
    }
    if (f.getSampleSizeInBits() != 16 || f.getChannels() != 1) {
      throw new FactDeskException("engine freetts: unexpected audio format " + f);
    }
    byte[] b = capture.bytes.toByteArray();
    short[] s = new short[b.length / 2];
    boolean big = f.isBigEndian();
    for (int i = 0; i < s.length; i++) {
      int hi = big ? b[2 * i] : b[2 * i + 1];
      int lo = big ? b[2 * i + 1] : b[2 * i];
      s[i] = (short) ((hi << 8) | (lo & 0xFF));
    }
    return new Pcm((int) f.getSampleRate(), s);
  }

  @Override
  public synchronized void close() {
    voice.deallocate();
  }

  /**
   * FreeTTS lower-cases words with the default locale; in Turkish and Azeri "I" becomes a dotless
   * "ı" and words like "In" or "It" are no longer found in the lexicon. Capital I carries no other
   * meaning for FreeTTS once acronyms are spelled out, so it is lower-cased here.
   */
  static String localeSafe(String text) {
    return text.replace('I', 'i');
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** Keeps what FreeTTS "plays" in memory. */
  private static final class Capture implements AudioPlayer {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AudioFormat format;
    float volume = 1f;

    @Override
    public void setAudioFormat(AudioFormat f) {
      format = f;
    }

    @Override
    public AudioFormat getAudioFormat() {
      return format;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public boolean drain() {
      return true;
    }

    @Override
    public void begin(int size) {}

    @Override
    public boolean end() {
      return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
      return volume;
    }

    @Override
    public void setVolume(float v) {
      volume = v;
    }

    @Override
    public long getTime() {
      return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public boolean write(byte[] audio) {
      return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
      bytes.write(audio, offset, length);
      return true;
    }

    @Override
    public void showMetrics() {}
  }
}
