package org.factdesk.narrate;

/** Receives narrated audio as it is made, phrase by phrase and pause by pause. */
public interface PcmSink {
  /**
   * Appends mono 16-bit samples at {@code sampleRate}, which never changes within one narration.
   */
  void write(short[] samples, int sampleRate);
}
