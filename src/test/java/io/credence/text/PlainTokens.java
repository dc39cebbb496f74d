package io.credence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test-only tokeniser close to Spark NLP's defaults: words keep inner apostrophes, hyphens and dots. */
final class PlainTokens {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|\\S");

  private PlainTokens() {}

  static Sentence sentence(String text) {
    return sentence(0, text, 0);
  }

  static Sentence sentence(int index, String text, int offset) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), offset + m.start(), offset + m.end()));
    }
    return new Sentence(index, text, offset, offset + text.length(), tokens);
  }

  /** One article whose sentences are the given strings joined by a space. */
  static List<Sentence> article(String... sentences) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sentences.length; i++) {
      out.add(sentence(i, sentences[i], offset));
      offset += sentences[i].length() + 1;
    }
    return out;
  }
}
