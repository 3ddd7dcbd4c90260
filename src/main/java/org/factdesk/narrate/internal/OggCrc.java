package org.factdesk.narrate.internal;

/** The Ogg page checksum: CRC-32, polynomial 0x04C11DB7, no reflection, initial value 0. */
public final class OggCrc {
  private static final int[] TABLE = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      int r = i << 24;
      for (int k = 0; k < 8; k++) {
        r = (r & 0x8000_0000) != 0 ? (r << 1) ^ 0x04C1_1DB7 : r << 1;
      }
      TABLE[i] = r;
    }
  }

  private OggCrc() {}

  /** CRC of {@code page} with its checksum field (bytes 22..25) taken as zero. */
  public static int of(byte[] page) {
    int crc = 0;
    for (int i = 0; i < page.length; i++) {
      int b = (i >= 22 && i < 26) ? 0 : page[i] & 0xFF;
      crc = (crc << 8) ^ TABLE[((crc >>> 24) & 0xFF) ^ b];
    }
    return crc;
  }
}
