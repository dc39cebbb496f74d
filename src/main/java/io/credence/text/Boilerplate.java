package io.credence.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds page chrome in article text before analysis: subscription prompts, photo credits and captions, share and font
 * widgets, "READ:" and "Related Stories" link lists, licensing footers. The rules come from {@code boilerplate.tsv}
 * (phrase, rule, weight, source). Stripped text keeps its length: boilerplate characters become spaces, so offsets
 * into the stripped body index the original text too, and every stripped span is reported, never silently lost.
 */
public final class Boilerplate implements Serializable {

  /** The rule file. */
  public static final String FILE = "boilerplate.tsv";

  /** How a boilerplate phrase strips text. */
  public enum Rule {
    /** The line starts with the phrase and has at most {@link #LONG_LINE} words: the whole line. */
    LINE_START,
    /** The phrase occurs in a line of at most {@link #SHORT_LINE} words: the whole line. */
    SHORT_LINE,
    /** A call to action inside a line of at most {@link #CTA_LINE} words: the whole line. */
    CALL_TO_ACTION,
    /** A licensing or copyright footer phrase anywhere in a line: the whole line. */
    FOOTER,
    /** A photo credit in a parenthesis that ends the line (a caption): the whole line. */
    CREDIT,
    /** A parenthesis that opens with the phrase, "(RELATED: …)", "(Photo by …)": only the parenthesis. */
    INLINE
  }

  static final int SHORT_LINE = 12;
  static final int CTA_LINE = 30;
  static final int LONG_LINE = 40;

  /** One stripped span of the original text, {@code end} exclusive, with the phrase of the rule that stripped it. */
  public record Span(int begin, int end, String rule) implements Serializable {}

  /** An article's original text, its body with boilerplate blanked out (same length), and the stripped spans. */
  public record Stripped(String text, String body, List<Span> lines) implements Serializable {

    /** Text without any boilerplate. */
    public static Stripped none(String text) {
      return new Stripped(text, text, List.of());
    }
  }

  private static volatile Boilerplate standard;

  private final Map<Rule, CueTrie> tries = new EnumMap<>(Rule.class);

  Boilerplate(List<LexiconFile.Row> rows) {
    Map<Rule, List<Cue>> byRule = new EnumMap<>(Rule.class);
    for (LexiconFile.Row row : rows) {
      Rule rule = row.categoryAs(Rule.class, "boilerplate rule");
      List<String> tokens = tokenize(row.phrase()).stream().map(LineToken::form).toList();
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(row.origin() + ": phrase '" + row.phrase() + "' has no tokens");
      }
      byRule.computeIfAbsent(rule, r -> new ArrayList<>())
          .add(new Cue(row.phrase(), tokens, CueCategory.BOILERPLATE, row.weight(), row.source()));
    }
    for (Map.Entry<Rule, List<Cue>> e : byRule.entrySet()) {
      tries.put(e.getKey(), new CueTrie(Lexicon.of(e.getValue()).cues()));
    }
  }

  /** The shipped rules (loaded once per JVM). */
  public static Boilerplate standard() {
    Boilerplate b = standard;
    if (b == null) {
      b = new Boilerplate(LexiconFile.read(FILE));
      standard = b;
    }
    return b;
  }

  /** One token of a line: lower-case letters/digits (with inner apostrophes) or a single punctuation mark. */
  record LineToken(String form, int begin, int end) {}

  /** The line tokeniser the rules are matched with: words of letters and digits, and each other mark alone. */
  static List<LineToken> tokenize(String line) {
    List<LineToken> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int b = i;
        while (i < n && (Character.isLetterOrDigit(line.charAt(i))
            || (line.charAt(i) == '\'' || line.charAt(i) == '\u2019') && i + 1 < n
                && Character.isLetter(line.charAt(i + 1)))) {
          i++;
        }
        out.add(new LineToken(Token.normalize(line.substring(b, i)), b, i));
      } else {
        out.add(new LineToken(String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return out;
  }

  /** Finds the boilerplate of one article. */
  public Stripped strip(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      stripLine(text, start, end, spans);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (spans.isEmpty()) {
      return Stripped.none(text);
    }
    char[] body = text.toCharArray();
    for (Span s : spans) {
      for (int i = s.begin(); i < s.end(); i++) {
        if (body[i] != '\n') {
          body[i] = ' ';
        }
      }
    }
    return new Stripped(text, new String(body), List.copyOf(spans));
  }

  private void stripLine(String text, int lineBegin, int lineEnd, List<Span> spans) {
    String line = text.substring(lineBegin, lineEnd);
    List<LineToken> tokens = tokenize(line);
    if (tokens.isEmpty()) {
      return;
    }
    String[] forms = tokens.stream().map(LineToken::form).toArray(String[]::new);
    int words = 0;
    for (String f : forms) {
      words += Character.isLetterOrDigit(f.charAt(0)) ? 1 : 0;
    }
    int b = lineBegin + tokens.get(0).begin();
    int e = lineBegin + tokens.get(tokens.size() - 1).end();
    String whole = wholeLineRule(forms, words);
    if (whole != null) {
      spans.add(new Span(b, e, whole));
      return;
    }
    CueTrie inline = tries.get(Rule.INLINE);
    if (inline == null) {
      return;
    }
    for (int i = 0; i < forms.length; i++) {
      CueTrie.Match m = inline.longestAt(forms, i);
      if (m != null) {
        int close = i + m.length();
        while (close < forms.length && !forms[close].equals(")")) {
          close++;
        }
        int last = Math.min(close, forms.length - 1);
        spans.add(new Span(lineBegin + tokens.get(i).begin(), lineBegin + tokens.get(last).end(), m.cue().phrase()));
        i = last;
      }
    }
  }

  private String wholeLineRule(String[] forms, int words) {
    CueTrie start = tries.get(Rule.LINE_START);
    if (start != null && words <= LONG_LINE) {
      CueTrie.Match m = start.longestAt(forms, 0);
      if (m != null) {
        return m.cue().phrase();
      }
    }
    String found = anywhere(Rule.FOOTER, forms, 0);
    if (found == null && words <= CTA_LINE) {
      found = anywhere(Rule.CALL_TO_ACTION, forms, 0);
    }
    if (found == null && words <= SHORT_LINE) {
      found = anywhere(Rule.SHORT_LINE, forms, 0);
    }
    if (found == null) {
      int from = lastParenthesis(forms);
      found = from < 0 ? null : anywhere(Rule.CREDIT, forms, from);
    }
    return found;
  }

  /** The start of a parenthesis that closes the line, or -1. */
  private static int lastParenthesis(String[] forms) {
    int last = forms.length - 1;
    while (last >= 0 && ".".equals(forms[last])) {
      last--;
    }
    if (last < 0 || !forms[last].equals(")")) {
      return -1;
    }
    for (int i = last - 1; i >= 0; i--) {
      if (forms[i].equals("(")) {
        return i;
      }
    }
    return -1;
  }

  private String anywhere(Rule rule, String[] forms, int from) {
    CueTrie trie = tries.get(rule);
    if (trie == null) {
      return null;
    }
    for (int i = from; i < forms.length; i++) {
      CueTrie.Match m = trie.longestAt(forms, i);
      if (m != null) {
        return m.cue().phrase();
      }
    }
    return null;
  }
}
