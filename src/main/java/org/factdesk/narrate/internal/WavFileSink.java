package org.factdesk.narrate.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.factdesk.narrate.PcmSink;

/** Streams audio into a WAV file; the header's sizes are filled in by {@link #close()}. */
public final class WavFileSink implements PcmSink, AutoCloseable {
  private final Path file;
  private final OutputStream out;
  private int rate;
  private long samples;

  public WavFileSink(Path file) throws IOException {
    this.file = file;
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    out.write(new byte[Wav.HEADER_BYTES]);
  }

  @Override
  public void write(short[] s, int sampleRate) {
    if (rate == 0) {
      rate = sampleRate;
    } else if (rate != sampleRate) {
      throw new IllegalArgumentException(
          "sample rate changed from " + rate + " to " + sampleRate + " Hz");
    }
    try {
      Wav.writeSamples(out, s, 0, s.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    samples += s.length;
  }

  /** Number of samples written. */
  public long samples() {
    return samples;
  }

  @Override
  public void close() throws IOException {
    out.close();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(Wav.header(rate == 0 ? 16000 : rate, samples)), 0);
    }
  }
}
