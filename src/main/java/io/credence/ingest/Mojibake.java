package io.credence.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the commonest mojibake in scraped news: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) on the
 * way, so that {@code ’} became {@code â€™}, {@code é} became {@code Ã©} and {@code “} became {@code â€œ}. A run of
 * characters is replaced only when it re-encodes to a complete, valid UTF-8 sequence of 2–4 bytes, so correct text is
 * left alone. One linear pass.
 */
public final class Mojibake {

  /** Windows-1252's characters for bytes 0x80–0x9F; the five undefined bytes appear as the C1 controls. */
  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  private Mojibake() {}

  /** {@code text} with every repairable mojibake sequence replaced by the character it was meant to be. */
  public static String repair(String text) {
    if (text == null || !mayContain(text)) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < text.length(); i++) {
      int lead = byteOf(text.charAt(i));
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > text.length()) {
        continue;
      }
      byte[] bytes = new byte[length];
      bytes[0] = (byte) lead;
      boolean continuation = true;
      for (int k = 1; k < length && continuation; k++) {
        int b = byteOf(text.charAt(i + k));
        continuation = b >= 0x80 && b <= 0xBF;
        bytes[k] = (byte) b;
      }
      if (!continuation) {
        continue;
      }
      String decoded;
      try {
        decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(decoded);
      copied = i + length;
      i += length - 1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean mayContain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /** The Windows-1252 byte that decodes to {@code c}, or -1 when there is none. */
  private static int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    int high = CP1252_HIGH.indexOf(c);
    return high >= 0 ? 0x80 + high : -1;
  }
}
