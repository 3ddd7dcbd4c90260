package org.factdesk.narrate;

import java.util.Locale;

/** Audio file formats {@code listen} writes. */
public enum OutputFormat {
  /** 16-bit PCM WAV. */
  WAV,
  /** Ogg Opus (RFC 7845), about 24 kbit/s: plays in current browsers. */
  OGG;

  /**
   * The format of a file name by its extension: .wav, or .ogg / .opus.
   *
   * @throws IllegalArgumentException for .mp3 and anything else, naming the supported formats
   */
  public static OutputFormat ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".wav")) {
      return WAV;
    }
    if (n.endsWith(".ogg") || n.endsWith(".opus")) {
      return OGG;
    }
    if (n.endsWith(".mp3")) {
      throw new IllegalArgumentException(
          "MP3 output is not supported (no permissively licensed pure-Java MP3 encoder); use .ogg"
              + " (Ogg Opus, plays in browsers) or .wav");
    }
    throw new IllegalArgumentException(
        "cannot tell the audio format of '" + name + "'; use a .ogg, .opus or .wav file name");
  }
}
