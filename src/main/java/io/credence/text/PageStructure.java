package io.credence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page structure of an article's text: section labels, headlines, bylines, datelines and photo captions are lines
 * of their own, which a sentence detector would otherwise run into the first sentence ("National Security Iran Sending
 * Hundreds Of Armed Drones To Russia Micaela Burrow Investigative Reporter, Defense Iran is fast-tracking…"). A
 * structural line is a line of at most {@value #MAX_WORDS} words that does not end a sentence (no closing . ! ? ; or
 * a quote after one), stands between line breaks, and is not the first line of a hard-wrapped paragraph (the next line
 * does not continue it in lower case). A leading dateline ("WASHINGTON (Reuters) —", "MOSCOW, July 12 —", "date
 * 2022-07-12") is cut from the first paragraph. {@link #blocks()} are the pieces to segment on their own, so that no
 * sentence crosses a structural line. Pure Java, linear in the text.
 */
public final class PageStructure {

  /** Longest structural line, in words (headlines run to about twenty). */
  public static final int MAX_WORDS = 20;

  /** Longest structural line in words when the next line follows without a blank line (labels, names, short heads). */
  static final int TIGHT_WORDS = 12;

  /** What a structural line is. */
  public enum Kind {
    /** A short label over the article: "National Security", "World". */
    SECTION,
    /** The article's headline: the first structural line of four words or more that is not a byline. */
    HEADLINE,
    /** The author line: "By Jane Doe", "Micaela Burrow Investigative Reporter, Defense", "Rachel Hagan". */
    BYLINE,
    /** A place (and date) line: "WASHINGTON (Reuters) —", "date 2022-07-12". */
    DATELINE,
    /** A photo caption or credit line: "Major General …, Commander-in-Chief … (Iranian Army office/AFP via Getty)". */
    CAPTION,
    /** Any other short line without a sentence end: sub-heads, link labels. */
    OTHER
  }

  /** One structural line of the text, {@code end} exclusive, without its surrounding white space. */
  public record Line(int begin, int end, Kind kind) {}

  private static final Pattern DATELINE =
      Pattern.compile(
          "\\A\\s*(?:"
              + "(?:date|published|updated|posted)\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+Z?)?"
              + "|(?:\\p{Lu}[\\p{Lu}.'\\-]{2,}(?:[ ,]+\\p{Lu}[\\p{L}.'\\-]+){0,3}"
              + "(?:,?\\s+\\p{Lu}\\p{Ll}{2,}\\.?\\s+\\d{1,2})?\\s*(?:\\([\\p{L} .&]+\\))?\\s*[\u2014\u2013\\-]{1,2})"
              + "|\\([\\p{L} .&]+\\)\\s*[\u2014\u2013\\-]{1,2}"
              + ")\\s");

  /** What {@code String.split("\\s+")} splits on, compiled once. */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private final String text;
  private final List<Line> lines;

  private PageStructure(String text, List<Line> lines) {
    this.text = text;
    this.lines = lines;
  }

  /** The page structure of {@code text} (an article body whose boilerplate is blanked). */
  public static PageStructure of(String text, SourceWords words) {
    List<int[]> raw = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int b = start;
      int e = end;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      raw.add(new int[] {b, e});
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    List<Line> out = new ArrayList<>();
    boolean headline = false;
    boolean firstParagraphSeen = false;
    for (int k = 0; k < raw.size(); k++) {
      int b = raw.get(k)[0];
      int e = raw.get(k)[1];
      if (b == e) {
        continue;
      }
      int[] following = k + 1 < raw.size() ? raw.get(k + 1) : null;
      boolean nextDirect = following != null && following[0] < following[1];
      LineWords scan = LineWords.of(text, b, e, MAX_WORDS);
      int count = scan.words();
      boolean structural =
          count > 0
              && count <= MAX_WORDS
              && !endsSentence(text, b, e)
              && (!nextDirect || count <= TIGHT_WORDS || scan.separate())
              && !(nextDirect && Character.isLowerCase(text.charAt(following[0])));
      if (!structural) {
        if (!firstParagraphSeen) {
          firstParagraphSeen = true;
          Matcher m = DATELINE.matcher(text).region(b, e);
          if (m.lookingAt()) {
            int d = m.end();
            while (d > b && Character.isWhitespace(text.charAt(d - 1))) {
              d--;
            }
            out.add(new Line(b, d, Kind.DATELINE));
          }
        }
        continue;
      }
      Kind kind = kindOf(text, b, e, count, headline || firstParagraphSeen, words);
      if (kind == Kind.HEADLINE) {
        headline = true;
      }
      out.add(new Line(b, e, kind));
    }
    return new PageStructure(text, List.copyOf(out));
  }

  /** The kind of a structural line; a headline is only looked for before the first paragraph and only once. */
  private static Kind kindOf(String text, int b, int e, int wordCount, boolean pastHead, SourceWords words) {
    String line = text.substring(b, e);
    String lower = line.toLowerCase(Locale.ROOT);
    if (DATELINE.matcher(line + " ").lookingAt() && wordCount <= 6) {
      return Kind.DATELINE;
    }
    if (isByline(line, lower, wordCount, words)) {
      return Kind.BYLINE;
    }
    if (line.endsWith(")") && line.indexOf('(') > 0 || lower.startsWith("photo") || lower.startsWith("image")) {
      return Kind.CAPTION;
    }
    if (wordCount <= 3) {
      return Kind.SECTION;
    }
    return pastHead ? Kind.OTHER : Kind.HEADLINE;
  }

  /** "By Jane Doe", or a line that opens with a first name and a capitalised surname (then perhaps a role). */
  private static boolean isByline(String line, String lower, int wordCount, SourceWords words) {
    if (lower.startsWith("by ") && wordCount <= 8 && Character.isUpperCase(line.charAt(3))) {
      return true;
    }
    String[] parts = WHITE_SPACE.split(line);
    if (parts.length < 2 || wordCount > 8) {
      return false;
    }
    for (String p : parts) {
      if (!p.isEmpty() && Character.isLetter(p.charAt(0)) && !Character.isUpperCase(p.charAt(0))) {
        return false;
      }
    }
    return words.isIn(SourceWords.Gazetteer.FIRST_NAME, Token.normalize(parts[0]))
        && Character.isUpperCase(parts[1].charAt(0))
        && !words.isIn(SourceWords.Gazetteer.PLACE, Token.normalize(parts[1]));
  }

  /** Whether the line ends a sentence: . ! ? ; or one of them before closing quotes or brackets. */
  private static boolean endsSentence(String text, int b, int e) {
    int i = e - 1;
    while (i > b && "\"'\u201D\u2019\u00BB)]".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '\u2026';
  }

  /**
   * The words of a line {@code [b, e)} and whether it reads as a heading even when a line follows directly (Title
   * Case or all capitals: three in four words open with a capital or a digit), in one scan. A word is a run of letters
   * and digits, continued across {@code ' ’ -} inside it; for the heading test, a word also does not start right after
   * one of those marks (as in "-Foo"). The scan stops at the word after {@code limit}: a longer line is no
   * structural line, so its count is then {@code limit + 1} and the heading test is not made.
   */
  private record LineWords(int words, boolean separate) {

    static LineWords of(String text, int b, int e, int limit) {
      int words = 0;
      boolean inWord = false;
      int headingWords = 0;
      int capitalised = 0;
      boolean inHeadingWord = false;
      for (int i = b; i < e; i++) {
        char c = text.charAt(i);
        boolean letter = Character.isLetterOrDigit(c);
        boolean joiner = c == '\'' || c == '\u2019' || c == '-';
        if (letter && !inWord && ++words > limit) {
          return new LineWords(words, false);
        }
        inWord = letter || inWord && joiner;
        if (letter && !inHeadingWord) {
          headingWords++;
          capitalised += Character.isUpperCase(c) || Character.isDigit(c) ? 1 : 0;
        }
        inHeadingWord = letter || joiner;
      }
      return new LineWords(words, headingWords > 0 && capitalised * 4 >= headingWords * 3);
    }
  }

  /** The structural lines, in text order. */
  public List<Line> lines() {
    return lines;
  }

  /** The headline line's text, or {@code null}. */
  public String headline() {
    for (Line l : lines) {
      if (l.kind() == Kind.HEADLINE) {
        return text.substring(l.begin(), l.end());
      }
    }
    return null;
  }

  /** Whether the text has a byline line. */
  public boolean hasByline() {
    return lines.stream().anyMatch(l -> l.kind() == Kind.BYLINE);
  }

  /** Whether the text has a dateline. */
  public boolean hasDateline() {
    return lines.stream().anyMatch(l -> l.kind() == Kind.DATELINE);
  }

  /**
   * The pieces of the text to segment on their own, as {@code [begin, end)} pairs covering it in order: each
   * structural line is a piece, and so is the text between two of them.
   */
  public List<int[]> blocks() {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (Line l : lines) {
      if (l.begin() > from) {
        out.add(new int[] {from, l.begin()});
      }
      out.add(new int[] {l.begin(), l.end()});
      from = l.end();
    }
    if (from < text.length() || out.isEmpty()) {
      out.add(new int[] {from, text.length()});
    }
    return out;
  }
}
