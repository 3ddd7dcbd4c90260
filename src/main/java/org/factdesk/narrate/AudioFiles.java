package org.factdesk.narrate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.narrate.internal.OggOpusWriter;
import org.factdesk.narrate.internal.Wav;

/** Turns a narrated WAV file into the requested output format, streaming. */
public final class AudioFiles {
  /** Opus bit rate: 24 kbit/s is clear for speech and about 180 KB per minute. */
  public static final int OPUS_BITRATE = 24_000;

  private static final int SERIAL = 0x66616374; // "fact": a fixed serial keeps files reproducible

  private AudioFiles() {}

  /** Writes {@code wav} to {@code out} as {@code format}; {@code title} goes into Ogg tags. */
  public static void convert(Path wav, Path out, OutputFormat format, String title)
      throws IOException {
    switch (format) {
      case WAV -> Files.copy(wav, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      case OGG -> toOgg(wav, out, title);
    }
  }

  private static void toOgg(Path wav, Path out, String title) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(wav)) {
      head = in.readNBytes(4096);
    }
    Wav.Layout layout = Wav.layout(head, Files.size(wav));
    if (layout.channels() != 1) {
      throw new IOException(wav + ": expected mono audio, got " + layout.channels() + " channels");
    }
    List<String> tags =
        title == null || title.isBlank()
            ? List.of("ENCODER=factdesk")
            : List.of("TITLE=" + title.strip(), "ENCODER=factdesk");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(wav), 1 << 16);
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        OggOpusWriter ogg =
            new OggOpusWriter(os, layout.sampleRate(), OPUS_BITRATE, SERIAL, tags)) {
      in.skipNBytes(layout.dataOffset());
      short[] buf = new short[8192];
      long left = layout.dataBytes() / 2;
      while (left > 0) {
        int n = Wav.readSamples(in, buf);
        if (n == 0) {
          break;
        }
        n = (int) Math.min(n, left);
        ogg.write(buf, 0, n);
        left -= n;
      }
    }
  }
}
